using Carafe.Forms.Tests.Support;
using Carafe.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Forms.Tests;

/// <summary>CsrfProtect and the forms' own token, with Flask-WTF's keys and messages.</summary>
public class CsrfTests
{
    [Fact]
    public void A_post_without_a_token_is_refused_app_wide()
    {
        using var client = FormsApp.Create().TestClient();
        client.Get("/plain");

        var response = client.Post("/plain", form: new { name = "x" });

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("The CSRF token is missing.", response.Text);
    }

    [Fact]
    public void The_token_from_csrf_token_is_accepted_from_the_form_field()
    {
        using var client = FormsApp.Create().TestClient();
        var token = FormsApp.TokenIn(client.Get("/plain").Text);

        Assert.Equal(200, client.Post("/plain", form: new { csrf_token = token }).StatusCode);
    }

    [Theory]
    [InlineData("X-CSRFToken")]
    [InlineData("X-CSRF-Token")]
    public void The_token_is_accepted_from_the_headers(string header)
    {
        using var client = FormsApp.Create().TestClient();
        var token = FormsApp.TokenIn(client.Get("/plain").Text);

        Assert.Equal(200, client.Post("/plain", headers: new Dictionary<string, string> { [header] = token }).StatusCode);
    }

    [Fact]
    public void A_forged_token_is_invalid()
    {
        using var client = FormsApp.Create().TestClient();
        client.Get("/plain");

        var response = client.Post("/plain", form: new { csrf_token = "forged.token.here" });

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("The CSRF token is invalid.", response.Text);
    }

    [Fact]
    public void A_token_without_its_session_is_refused()
    {
        string token;
        using (var first = FormsApp.Create().TestClient())
        {
            token = FormsApp.TokenIn(first.Get("/plain").Text);
        }
        using var client = FormsApp.Create().TestClient();

        var response = client.Post("/plain", form: new { csrf_token = token });

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("The CSRF session token is missing.", response.Text);
    }

    [Fact]
    public void An_expired_token_is_refused_after_WTF_CSRF_TIME_LIMIT()
    {
        var clock = new ManualClock();
        using var client = FormsApp.Create(app =>
        {
            app.Services.AddSingleton<TimeProvider>(clock);
            app.Config["WTF_CSRF_TIME_LIMIT"] = 60;
        }).TestClient();
        var token = FormsApp.TokenIn(client.Get("/plain").Text);
        clock.Now += TimeSpan.FromSeconds(61);

        var response = client.Post("/plain", form: new { csrf_token = token });

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("The CSRF token has expired.", response.Text);
    }

    [Fact]
    public void Exempt_views_and_blueprints_are_not_checked()
    {
        using var client = FormsApp.Create(app =>
        {
            var api = new Blueprint("hooks", urlPrefix: "/hooks");
            api.Post("/in", () => "in", endpoint: "incoming");
            app.RegisterBlueprint(api);
            app.Services.Configure<CsrfProtectOptions>(o => o.Exempt("webhook").ExemptBlueprint("hooks"));
        }).TestClient();

        Assert.Equal("hooked", client.Post("/webhook").Text);
        Assert.Equal("in", client.Post("/hooks/in").Text);
        Assert.Equal(400, client.Post("/plain").StatusCode);
    }

    [Fact]
    public void WTF_CSRF_CHECK_DEFAULT_false_leaves_the_check_to_the_forms()
    {
        using var client = FormsApp.Create(app => app.Config["WTF_CSRF_CHECK_DEFAULT"] = false).TestClient();
        client.Get("/register");
        var data = FormsApp.Valid("missing");
        data.Remove("csrf_token");

        var page = client.Post("/register", form: data);

        Assert.Equal(200, client.Post("/plain").StatusCode);
        Assert.Equal(200, page.StatusCode);
        Assert.Contains("<input id=\"csrf_token\" name=\"csrf_token\" type=\"hidden\" value=\"", page.Text);
        Assert.DoesNotContain("Welcome", page.Text);
    }

    [Fact]
    public void WTF_CSRF_ENABLED_false_turns_csrf_off()
    {
        using var client = FormsApp.Create(app => app.Config["WTF_CSRF_ENABLED"] = false).TestClient();
        var data = FormsApp.Valid("unused");
        data.Remove("csrf_token");

        Assert.Equal(200, client.Post("/plain").StatusCode);
        Assert.DoesNotContain("csrf_token", client.Get("/register").Text);
        Assert.StartsWith("Welcome ada", client.Post("/register", form: data).Text);
    }

    [Theory]
    [InlineData("https://localhost/plain", true)]
    [InlineData("https://LOCALHOST/other?x=1", true)]
    [InlineData("http://localhost/plain", false)]
    [InlineData("https://localhost:8443/plain", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("not a url", false)]
    public void The_https_referrer_check_compares_scheme_host_and_port(string referrer, bool same)
    {
        Assert.Equal(same, Referrers.SameOrigin(referrer, "https://localhost/"));
    }

    [Fact]
    public void An_error_handler_for_400_renders_the_csrf_error()
    {
        using var client = FormsApp.Create(app => app.ErrorHandler(400, (Carafe.Security.CsrfException e) => ($"csrf: {e.Reason}", 400))).TestClient();
        client.Get("/plain");

        Assert.Equal("csrf: The CSRF token is missing.", client.Post("/plain").Text);
    }
}
