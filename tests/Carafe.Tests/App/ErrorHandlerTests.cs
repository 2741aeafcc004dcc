using static Carafe.Helpers;

namespace Carafe.Tests.App;

public class ErrorHandlerTests
{
    private sealed class InsufficientFunds : Exception;

    [Fact]
    public void Abort_shows_flasks_default_pages_with_escaped_descriptions()
    {
        var app = TestApps.Create();
        app.Get("/401", () => Abort(401));
        app.Get("/403", () => Abort(403, "You shall not pass <here>."));
        app.Get("/405", () => Abort(405));
        using var client = app.Client();

        var unauthorized = client.Get("/401");
        Assert.Equal(401, unauthorized.StatusCode);
        Assert.Null(unauthorized.Headers["WWW-Authenticate"]);
        Assert.Equal(
            "<!doctype html>\n<html lang=en>\n<title>401 Unauthorized</title>\n<h1>Unauthorized</h1>\n" +
            "<p>The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn&#39;t understand how to supply the credentials required.</p>\n",
            unauthorized.Text);
        Assert.Equal(
            "<!doctype html>\n<html lang=en>\n<title>403 Forbidden</title>\n<h1>Forbidden</h1>\n<p>You shall not pass &lt;here&gt;.</p>\n",
            client.Get("/403").Text);
        var aborted405 = client.Get("/405");
        Assert.Equal(TestApps.MethodNotAllowedPage, aborted405.Text);
        Assert.Null(aborted405.Headers["Allow"]);
    }

    [Fact]
    public void Handler_for_a_code_also_handles_routing_404s_and_answers_200_unless_told()
    {
        var app = TestApps.Create();
        app.ErrorHandler(404, (HttpException e) => $"custom {e.StatusCode}");
        app.ErrorHandler(410, () => ("gone for good", 410));
        app.Get("/gone", () => Abort(410));
        using var client = app.Client();

        var notFound = client.Get("/nowhere");
        Assert.Equal(200, notFound.StatusCode);
        Assert.Equal("custom 404", notFound.Text);
        var gone = client.Get("/gone");
        Assert.Equal(410, gone.StatusCode);
        Assert.Equal("gone for good", gone.Text);
    }

    [Fact]
    public void Handler_for_an_exception_type_answers_with_its_own_status()
    {
        var app = TestApps.Create();
        app.ErrorHandler<InsufficientFunds>(() => ("Payment required", 402));
        app.ErrorHandler<ArgumentException>((ArgumentException e) => (new { error = e.Message }, 422));
        app.Get("/funds", string () => throw new InsufficientFunds());
        app.Get("/argument", string () => throw new ArgumentOutOfRangeException("n", "too big"));
        using var client = app.Client();

        var funds = client.Get("/funds");
        Assert.Equal(402, funds.StatusCode);
        Assert.Equal("Payment required", funds.Text);
        var argument = client.Get("/argument");
        Assert.Equal(422, argument.StatusCode);
        Assert.Equal("{\"error\":\"too big (Parameter 'n')\"}\n", argument.Text);
    }

    [Fact]
    public void Unhandled_exception_is_flasks_500_page()
    {
        var app = TestApps.Create();
        app.Get("/boom", () => ((string?)null)!.Length.ToString());
        app.Get("/none", () => (string?)null);
        app.Get("/build", () => UrlFor("no_such_endpoint"));
        using var client = app.Client();

        foreach (var url in new[] { "/boom", "/none", "/build" })
        {
            var response = client.Get(url);
            Assert.Equal(500, response.StatusCode);
            Assert.Equal(TestApps.InternalServerErrorPage, response.Text);
        }
    }

    [Fact]
    public void Handler_for_500_gets_the_original_exception_or_null_for_abort_500()
    {
        var app = TestApps.Create();
        app.ErrorHandler(500, (InternalServerErrorException e) => ($"original: {e.OriginalException?.GetType().Name ?? "None"}", 500));
        app.Get("/divide", (int zero) => (1 / zero).ToString(), defaults: new { zero = 0 });
        app.Get("/abort", () => Abort(500));
        app.Get("/bad-code", () => Abort(999));
        using var client = app.Client();

        Assert.Equal("original: DivideByZeroException", client.Get("/divide").Text);
        Assert.Equal("original: None", client.Get("/abort").Text);
        Assert.Equal("original: ArgumentOutOfRangeException", client.Get("/bad-code").Text);
    }

    [Fact]
    public void Abort_with_a_response_answers_with_it()
    {
        var app = TestApps.Create();
        app.Get("/", () => Abort(MakeResponse("custom abort body", 409)));
        using var client = app.Client();
        var response = client.Get("/");

        Assert.Equal(409, response.StatusCode);
        Assert.Equal("custom abort body", response.Text);
    }

    [Fact]
    public void Json_error_handler_for_a_teapot()
    {
        var app = TestApps.Create();
        app.ErrorHandler(418, (HttpException e) => (new Dictionary<string, object?>
        {
            ["code"] = e.StatusCode,
            ["name"] = "I'm a teapot",
            ["description"] = e.Description,
        }, 418));
        app.Get("/coffee", () => Abort(418, "This server is a teapot, not a coffee machine"));
        using var client = app.Client();
        var response = client.Get("/coffee");

        Assert.Equal(418, response.StatusCode);
        Assert.Equal("{\"code\":418,\"description\":\"This server is a teapot, not a coffee machine\",\"name\":\"I'm a teapot\"}\n", response.Text);
    }

    [Fact]
    public void Testing_mode_lets_unhandled_exceptions_reach_the_test()
    {
        var app = TestApps.Create();
        app.Config["TESTING"] = true;
        app.Get("/boom", string () => throw new InvalidOperationException("kaboom"));
        using var client = app.Client();

        var error = Assert.Throws<InvalidOperationException>(() => client.Get("/boom"));
        Assert.Equal("kaboom", error.Message);
    }

    [Fact]
    public void Debug_mode_shows_the_exception_escaped()
    {
        var app = TestApps.Create();
        app.Config["DEBUG"] = true;
        app.Get("/boom", string () => throw new InvalidOperationException("bad <thing>"));
        using var client = app.Client();
        var response = client.Get("/boom");

        Assert.Equal(500, response.StatusCode);
        Assert.Contains("<h1>System.InvalidOperationException</h1>", response.Text);
        Assert.Contains("<p class=\"errormsg\">bad &lt;thing&gt;</p>", response.Text);
    }
}
