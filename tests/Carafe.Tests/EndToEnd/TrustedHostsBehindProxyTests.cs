using static Carafe.Helpers;

namespace Carafe.Tests.EndToEnd;

/// <summary>
/// TRUSTED_HOSTS on real Kestrel: the host checked is the one the app sees, so behind a trusted
/// proxy it is X-Forwarded-Host, as Werkzeug checks the host after ProxyFix.
/// </summary>
public class TrustedHostsBehindProxyTests
{
    private static CarafeApp App(bool forwardedHost)
    {
        var app = Carafe.Tests.App.TestApps.Create();
        app.Config["TRUSTED_HOSTS"] = "example.com,.example.com";
        if (forwardedHost)
        {
            app.Config["TRUSTED_PROXIES"] = "127.0.0.1";
            app.Config["FORWARDED_HEADERS"] = "X-Forwarded-For,X-Forwarded-Proto,X-Forwarded-Host";
        }
        app.Get("/", () => UrlFor("index", external: true), endpoint: "index");
        return app;
    }

    private static string NotTrusted(string shownHost) =>
        $"<!doctype html>\n<html lang=en>\n<title>400 Bad Request</title>\n<h1>Bad Request</h1>\n<p>Host &#39;{shownHost}&#39; is not trusted.</p>\n";

    private static string Get(string hostLines) => $"GET / HTTP/1.1\r\n{hostLines}Connection: close\r\n\r\n";

    [Fact]
    public async Task The_forwarded_host_from_a_trusted_proxy_is_the_one_checked()
    {
        await using var server = await KestrelServer.StartAsync(App(forwardedHost: true));
        var backend = $"Host: {server.Address.Authority}\r\n";

        var trusted = await server.SendRawAsync(Get(backend + "X-Forwarded-Host: www.example.com\r\n"));
        var spoofed = await server.SendRawAsync(Get(backend + "X-Forwarded-Host: evil.example\r\n"));
        var punycode = await server.SendRawAsync(Get(backend + "X-Forwarded-Host: xn--bcher-kva.example\r\n"));
        var direct = await server.SendRawAsync(Get(backend));

        Assert.Equal((200, "http://www.example.com/"), (trusted.StatusCode, trusted.Body));
        Assert.Equal((400, NotTrusted("evil.example")), (spoofed.StatusCode, spoofed.Body));
        Assert.Equal((400, NotTrusted("xn--bcher-kva.example")), (punycode.StatusCode, punycode.Body));
        Assert.Equal((400, NotTrusted(server.Address.Authority)), (direct.StatusCode, direct.Body));
    }

    [Fact]
    public async Task Without_a_trusted_proxy_a_forwarded_host_changes_nothing()
    {
        await using var server = await KestrelServer.StartAsync(App(forwardedHost: false));

        var spoofed = await server.SendRawAsync(Get("Host: evil.example\r\nX-Forwarded-Host: example.com\r\n"));
        var trusted = await server.SendRawAsync(Get("Host: example.com:8080\r\nX-Forwarded-Host: evil.example\r\n"));

        Assert.Equal((400, NotTrusted("evil.example")), (spoofed.StatusCode, spoofed.Body));
        Assert.Equal((200, "http://example.com:8080/"), (trusted.StatusCode, trusted.Body));
    }

    [Fact]
    public async Task An_empty_host_is_refused_and_the_health_endpoint_answers_any_host()
    {
        await using var server = await KestrelServer.StartAsync(App(forwardedHost: false));

        var empty = await server.SendRawAsync(Get("Host: \r\n"));
        var health = await server.SendRawAsync("GET /healthz HTTP/1.1\r\nHost: 10.0.0.7:8001\r\nConnection: close\r\n\r\n");

        Assert.Equal((400, NotTrusted("")), (empty.StatusCode, empty.Body));
        Assert.Equal(200, health.StatusCode);
    }

    [Theory]
    [InlineData("b\u00FCcher.example")]
    [InlineData("exa mple.com")]
    [InlineData("user@example.com")]
    public async Task Hosts_with_characters_no_host_may_have_are_refused_by_kestrel_before_the_app(string host)
    {
        await using var server = await KestrelServer.StartAsync(App(forwardedHost: false));

        var response = await server.SendRawAsync(Get($"Host: {host}\r\n"));

        Assert.Equal(400, response.StatusCode);
        Assert.DoesNotContain("is not trusted", response.Body);
    }
}
