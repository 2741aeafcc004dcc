using Carafe.Security;
using Carafe.Testing;
using Carafe.Tests.App;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Tests.Security;

public class CsrfTokensTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private readonly Clock _clock = new();

    private CarafeApp App(Action<CarafeApp>? configure = null)
    {
        var app = TestApps.Create();
        app.Services.AddSingleton<TimeProvider>(_clock);
        app.Get("/token", (ICsrfTokens csrf) => csrf.Generate() + " " + csrf.Generate());
        app.Post("/check", (ICsrfTokens csrf, Request request) =>
        {
            csrf.Validate(request.Form.Get("csrf_token"));
            return "valid";
        });
        configure?.Invoke(app);
        return app;
    }

    private static string Token(TestClient client)
    {
        var tokens = client.Get("/token").Text.Split(' ');
        Assert.Equal(tokens[0], tokens[1]);
        return tokens[0];
    }

    private static object? SessionValue(TestClient client, string key)
    {
        using var transaction = client.SessionTransaction();
        return transaction.Session.Get(key);
    }

    private static void AssertRefused(TestResponse response, string reason)
    {
        Assert.Equal(400, response.StatusCode);
        Assert.Equal(
            "<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n" +
            $"<p>{reason}</p>\n", response.Text);
    }

    [Fact]
    public void A_token_handed_out_validates_in_the_same_session()
    {
        using var client = App().Client();
        var token = Token(client);

        Assert.Matches("^[A-Za-z0-9_-]+\\.ZVPxAA\\.[A-Za-z0-9_-]{43}$", token);
        Assert.Matches("^[0-9a-f]{40}$", SessionValue(client, "csrf_token") as string);
        Assert.Equal("valid", client.Post("/check", form: new { csrf_token = token }).Text);
    }

    [Fact]
    public void The_raw_token_is_kept_so_later_tokens_of_the_session_all_validate()
    {
        using var client = App().Client();
        var first = Token(client);
        _clock.Now = _clock.Now.AddSeconds(5);
        var second = Token(client);

        Assert.NotEqual(first, second);
        Assert.Equal("valid", client.Post("/check", form: new { csrf_token = first }).Text);
        Assert.Equal("valid", client.Post("/check", form: new { csrf_token = second }).Text);
    }

    [Fact]
    public void A_missing_token_is_refused()
    {
        using var client = App().Client();
        Token(client);

        AssertRefused(client.Post("/check", form: new { other = "x" }), "The CSRF token is missing.");
        AssertRefused(client.Post("/check", form: new { csrf_token = "" }), "The CSRF token is missing.");
    }

    [Fact]
    public void A_session_without_a_raw_token_is_refused()
    {
        using var client = App().Client();
        var token = Token(client);
        using var stranger = App().Client();

        AssertRefused(stranger.Post("/check", form: new { csrf_token = token }), "The CSRF session token is missing.");
    }

    [Fact]
    public void A_token_older_than_the_time_limit_has_expired()
    {
        using var client = App().Client();
        var token = Token(client);

        _clock.Now = _clock.Now.AddSeconds(3600);
        Assert.Equal("valid", client.Post("/check", form: new { csrf_token = token }).Text);
        _clock.Now = _clock.Now.AddSeconds(1);
        AssertRefused(client.Post("/check", form: new { csrf_token = token }), "The CSRF token has expired.");
    }

    [Fact]
    public void The_time_limit_comes_from_config_and_null_means_none()
    {
        using var shortLived = App(app => app.Config["WTF_CSRF_TIME_LIMIT"] = 10).Client();
        var token = Token(shortLived);
        _clock.Now = _clock.Now.AddSeconds(11);
        AssertRefused(shortLived.Post("/check", form: new { csrf_token = token }), "The CSRF token has expired.");

        using var forever = App(app => app.Config["WTF_CSRF_TIME_LIMIT"] = null).Client();
        token = Token(forever);
        _clock.Now = _clock.Now.AddYears(3);
        Assert.Equal("valid", forever.Post("/check", form: new { csrf_token = token }).Text);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("<script>")]
    public void A_forged_token_is_invalid(string forged)
    {
        using var client = App().Client();
        Token(client);

        AssertRefused(client.Post("/check", form: new { csrf_token = forged }), "The CSRF token is invalid.");
    }

    [Fact]
    public void A_token_signed_with_another_key_is_invalid()
    {
        using var client = App(app => app.Config["WTF_CSRF_SECRET_KEY"] = "csrf key").Client();
        var token = Token(client);
        using var otherKey = App().Client();
        using (var transaction = otherKey.SessionTransaction())
        {
            transaction.Session["csrf_token"] = SessionValue(client, "csrf_token");
        }

        AssertRefused(otherKey.Post("/check", form: new { csrf_token = token }), "The CSRF token is invalid.");
    }

    [Fact]
    public void Another_sessions_token_does_not_match()
    {
        using var alice = App().Client();
        using var mallory = App().Client();
        Token(alice);

        AssertRefused(alice.Post("/check", form: new { csrf_token = Token(mallory) }), "The CSRF tokens do not match.");
    }

    [Fact]
    public void The_field_name_is_also_the_session_key()
    {
        using var client = App(app => app.Config["WTF_CSRF_FIELD_NAME"] = "xsrf").Client();
        Token(client);

        Assert.Null(SessionValue(client, "csrf_token"));
        Assert.Matches("^[0-9a-f]{40}$", SessionValue(client, "xsrf") as string);
    }

    [Fact]
    public void Without_a_secret_key_generating_says_what_to_set()
    {
        var app = new CarafeApp(rootPath: Directory.CreateTempSubdirectory("carafe-test-").FullName);
        using var context = app.TestRequestContext();

        var error = Assert.Throws<InvalidOperationException>(() => new CsrfTokens(TimeProvider.System).Generate());
        Assert.Equal("A secret key is required to use CSRF. Set SECRET_KEY (or WTF_CSRF_SECRET_KEY) in the app's config.", error.Message);
    }
}
