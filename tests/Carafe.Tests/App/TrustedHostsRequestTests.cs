using Carafe.Tests.Http;
using static Carafe.Helpers;

namespace Carafe.Tests.App;

/// <summary>
/// TRUSTED_HOSTS through the whole pipeline: a request with an untrusted host gets what Flask 3.1
/// answers (TrustedHostsFixtures), a 400 raised in place of routing; a trusted one reaches its view.
/// </summary>
public class TrustedHostsRequestTests
{
    [Theory]
    [MemberData(nameof(Requests))]
    public void Answers_as_flask_3_1_does(string trusted, string host, bool werkzeug31, string body)
    {
        var viewRan = false;
        var app = TestApps.Create();
        app.Config["TRUSTED_HOSTS"] = trusted.Split(',');
        app.Get("/", () =>
        {
            viewRan = true;
            return UrlFor("index", external: true);
        }, endpoint: "index");
        using var client = app.Client();

        var response = client.Get("/", headers: new { Host = host });

        // Carafe compares an IPv6 entry as a whole (TrustedHostsTests), where Werkzeug cuts it at the first colon.
        var trusts = trusted.StartsWith('[') ? host is "[::1]" or "[::1]:8080" : werkzeug31;
        if (trusts)
        {
            // Carafe's url_for keeps the host as ASP.NET Core gives it (the test server turns punycode into
            // Unicode); Werkzeug lowercases it and drops a default port. TRUSTED_HOSTS changes neither.
            var seen = Microsoft.AspNetCore.Http.HostString.FromUriComponent(host).Value;
            Assert.Equal((200, $"http://{seen}/"), (response.StatusCode, response.Text));
            Assert.True(viewRan);
        }
        else
        {
            Assert.Equal((400, werkzeug31 ? NotTrusted(host) : body), (response.StatusCode, response.Text));
            Assert.Equal(TestApps.Html, response.Headers["Content-Type"]);
            Assert.False(viewRan);
        }
    }

    /// <summary>
    /// The fixture's rows but those the test server cannot carry as they are: an empty Host (it sends its
    /// own) and one that is not ASCII (it IDNA-encodes it); Kestrel refuses the latter itself, and
    /// TrustedHostsBehindProxyTests sends an empty one.
    /// </summary>
    public static TheoryData<string, string, bool, string> Requests()
    {
        var rows = new TheoryData<string, string, bool, string>();
        foreach (var row in TrustedHostsFixtures.Requests)
        {
            if (row[1] is string host && host.Length > 0 && System.Text.Ascii.IsValid(host))
            {
                rows.Add((string)row[0], host, (bool)row[3], (string)row[5]);
            }
        }
        return rows;
    }

    private static string NotTrusted(string host) =>
        $"<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n<p>Host &#39;{host}&#39; is not trusted.</p>\n";

    [Fact]
    public void Unset_every_host_is_served_as_before()
    {
        var app = TestApps.Create();
        app.Get("/", () => UrlFor("index", external: true), endpoint: "index");
        using var client = app.Client();

        Assert.Equal("http://evil.example/", client.Get("/", headers: new { Host = "evil.example" }).Text);
    }

    [Fact]
    public void The_400_goes_through_the_hooks_and_error_handlers_and_is_raised_before_routing()
    {
        var log = new List<string>();
        var app = TestApps.Create();
        app.Config["TRUSTED_HOSTS"] = new[] { "example.com" };
        app.BeforeRequest(() => log.Add("before"));
        app.AfterRequest((Response r) => { log.Add("after"); });
        app.ErrorHandler(400, (HttpException e) => ($"handled: {e.Description}", 400));
        app.Get("/", () => "view");
        using var client = app.Client();

        var unknownPath = client.Get("/nowhere", headers: new { Host = "evil.example" });

        Assert.Equal((400, "handled: Host 'evil.example' is not trusted."), (unknownPath.StatusCode, unknownPath.Text));
        Assert.Equal(["before", "after"], log);
    }

    [Fact]
    public void A_hook_reading_an_untrusted_host_gets_the_400_as_werkzeug_s_request_host_raises_it()
    {
        var app = TestApps.Create();
        app.Config["TRUSTED_HOSTS"] = "example.com";
        app.BeforeRequest((Request request) => $"host is {request.Host}");
        app.Get("/", () => "view");
        using var client = app.Client();

        var untrusted = client.Get("/", headers: new { Host = "evil.example:80" });
        var trusted = client.Get("/", headers: new { Host = "example.com:8080" });

        Assert.Equal(400, untrusted.StatusCode);
        Assert.EndsWith("<p>Host &#39;evil.example&#39; is not trusted.</p>\n", untrusted.Text);
        Assert.Equal((200, "host is example.com:8080"), (trusted.StatusCode, trusted.Text));
    }
}
