using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using Carafe.Deployment.Tests.Support;
using Carafe.Testing;
using static Carafe.Helpers;

namespace Carafe.Deployment.Tests;

/// <summary>
/// The app on Kestrel behind a real nginx terminating TLS with the shipped site file
/// (deploy/nginx-carafe.conf): the request's scheme, host, client address and script root come
/// from the forwarded headers of the trusted proxy, and from nowhere else; a host the site does
/// not serve gets no answer at all.
/// </summary>
public sealed class BehindNginxTests : IAsyncLifetime
{
    private LiveServer _trusting = null!;
    private LiveServer _default = null!;
    private NginxProxy _nginx = null!;
    private NginxProxy _nginxUnderPrefix = null!;
    private NginxProxy _nginxToDefault = null!;

    /// <summary>The app mounted under /blog/, the way an nginx serving several apps on one host does it.</summary>
    private static string SiteUnderPrefix(NginxProxy.Site site) => $$"""
        server {
            listen 127.0.0.1:{{site.Port}} ssl;
            ssl_certificate {{site.CertificateFile}};
            ssl_certificate_key {{site.KeyFile}};
            location /blog/ {
                proxy_pass http://{{site.Upstream}}/;
                proxy_set_header X-Forwarded-For $remote_addr;
                proxy_set_header X-Forwarded-Proto $scheme;
                proxy_set_header X-Forwarded-Host $http_host;
                proxy_set_header X-Forwarded-Prefix /blog;
            }
        }
        """;

    /// <summary>An app that shows what it believes about the request.</summary>
    private static CarafeApp InfoApp(bool trustNginx)
    {
        var app = DeploymentApps.Create();
        if (trustNginx)
        {
            app.Config["TRUSTED_PROXIES"] = "127.0.0.1";
            app.Config["FORWARDED_HEADERS"] = "X-Forwarded-For, X-Forwarded-Proto, X-Forwarded-Host, X-Forwarded-Prefix";
        }
        app.Get("/info", (Request request) => string.Join("\n",
            $"scheme={request.Scheme}",
            $"host={request.Host}",
            $"remote_addr={request.RemoteAddr}",
            $"script_root={request.ScriptRoot}",
            $"url={request.Url}",
            $"url_root={request.UrlRoot}",
            $"url_for={UrlFor("info")}",
            $"external={UrlFor("info", external: true)}"), endpoint: "info");
        app.Get("/slash/", () => "slash");
        return app;
    }

    public async Task InitializeAsync()
    {
        _trusting = await LiveServer.StartAsync(InfoApp(trustNginx: true));
        _default = await LiveServer.StartAsync(InfoApp(trustNginx: false));
        _nginx = await NginxProxy.StartAsync(_trusting.Url, NginxProxy.ShippedSite);
        _nginxUnderPrefix = await NginxProxy.StartAsync(_trusting.Url, SiteUnderPrefix);
        _nginxToDefault = await NginxProxy.StartAsync(_default.Url, NginxProxy.ShippedSite);
    }

    public async Task DisposeAsync()
    {
        _nginx?.Dispose();
        _nginxUnderPrefix?.Dispose();
        _nginxToDefault?.Dispose();
        await _trusting.DisposeAsync();
        await _default.DisposeAsync();
    }

    private static async Task<HttpResponseMessage> GetAsync(NginxProxy nginx, string path, params (string Name, string Value)[] headers)
    {
        using var client = LoopbackClient.Create(nginx.Certificate);
        var request = new HttpRequestMessage(HttpMethod.Get, $"https://localhost:{nginx.Port}{path}");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Behind_the_trusted_proxy_the_request_is_the_one_the_client_made()
    {
        var response = await GetAsync(_nginx, "/info");

        // nginx forwards $host, the server's name without a port: in production that is port 443's https://localhost.
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(
            "scheme=https\nhost=localhost\nremote_addr=127.0.0.2\nscript_root=\nurl=https://localhost/info\n" +
            "url_root=https://localhost/\nurl_for=/info\nexternal=https://localhost/info",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Headers_a_client_sends_through_the_proxy_cannot_spoof_its_address_scheme_or_host()
    {
        var response = await GetAsync(_nginx, "/info",
            ("X-Forwarded-For", "203.0.113.9"), ("X-Forwarded-Proto", "http"), ("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Prefix", "/evil"));

        Assert.Equal(
            "scheme=https\nhost=localhost\nremote_addr=127.0.0.2\nscript_root=\nurl=https://localhost/info\n" +
            "url_root=https://localhost/\nurl_for=/info\nexternal=https://localhost/info",
            await response.Content.ReadAsStringAsync());
    }

    // The app builds absolute URLs (a password-reset link in a mail) from the host: a foreign Host must never reach it.
    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:443")]
    [InlineData("127.0.0.1")]
    public async Task A_request_for_a_host_the_site_does_not_serve_is_closed_unanswered(string host)
    {
        using var tls = await TlsConnectionAsync(_nginx, "localhost");
        await tls.WriteAsync(Encoding.ASCII.GetBytes($"GET /info HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));

        var answer = await new StreamReader(tls, Encoding.ASCII).ReadToEndAsync();

        Assert.Equal("", answer);
    }

    [Fact]
    public async Task A_TLS_handshake_for_a_host_the_site_does_not_serve_is_refused()
    {
        await Assert.ThrowsAsync<AuthenticationException>(() => TlsConnectionAsync(_nginx, "evil.example"));
    }

    [Fact]
    public async Task The_name_the_site_serves_is_answered_whatever_port_the_client_writes()
    {
        using var tls = await TlsConnectionAsync(_nginx, "localhost");
        await tls.WriteAsync(Encoding.ASCII.GetBytes("GET /info HTTP/1.1\r\nHost: LOCALHOST:8443\r\nConnection: close\r\n\r\n"));

        var answer = await new StreamReader(tls, Encoding.ASCII).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", answer);
        Assert.EndsWith("\nhost=localhost\nremote_addr=127.0.0.2\nscript_root=\nurl=https://localhost/info\n" +
            "url_root=https://localhost/\nurl_for=/info\nexternal=https://localhost/info", answer);
    }

    /// <summary>A TLS connection to nginx from the client address, naming <paramref name="serverName"/> in its handshake (SNI), trusting only nginx's certificate.</summary>
    private static async Task<SslStream> TlsConnectionAsync(NginxProxy nginx, string serverName)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(LoopbackClient.ClientAddress, 0));
        await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, nginx.Port));
        var tls = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false,
            (_, certificate, _, _) => certificate is not null && certificate.GetCertHashString() == nginx.Certificate.GetCertHashString());
        try
        {
            await tls.AuthenticateAsClientAsync(serverName);
            return tls;
        }
        catch
        {
            await tls.DisposeAsync();
            throw;
        }
    }

    [Fact]
    public async Task Under_a_forwarded_prefix_urls_are_built_under_it()
    {
        var response = await GetAsync(_nginxUnderPrefix, "/blog/info");

        var origin = $"https://localhost:{_nginxUnderPrefix.Port}";
        Assert.Equal(
            $"scheme=https\nhost=localhost:{_nginxUnderPrefix.Port}\nremote_addr=127.0.0.2\nscript_root=/blog\nurl={origin}/blog/info\n" +
            $"url_root={origin}/blog/\nurl_for=/blog/info\nexternal={origin}/blog/info",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_strict_slash_redirect_under_a_prefix_points_back_through_the_proxy()
    {
        var response = await GetAsync(_nginxUnderPrefix, "/blog/slash");

        Assert.Equal(308, (int)response.StatusCode);
        Assert.Equal($"https://localhost:{_nginxUnderPrefix.Port}/blog/slash/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_shipped_site_keeps_the_health_endpoint_to_the_machine_itself()
    {
        var response = await GetAsync(_nginx, "/healthz");

        Assert.Equal(403, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_client_that_reaches_the_app_directly_is_not_a_trusted_proxy()
    {
        using var client = LoopbackClient.Create();
        var request = new HttpRequestMessage(HttpMethod.Get, _trusting.UrlOf("/info"));
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        request.Headers.Add("X-Forwarded-Prefix", "/evil");

        var response = await client.SendAsync(request);

        var origin = $"http://127.0.0.1:{_trusting.Url.Port}";
        Assert.Equal(
            $"scheme=http\nhost=127.0.0.1:{_trusting.Url.Port}\nremote_addr=127.0.0.2\nscript_root=\nurl={origin}/info\n" +
            $"url_root={origin}/\nurl_for=/info\nexternal={origin}/info",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_trusted_proxies_forwarded_headers_are_ignored_even_from_the_proxy()
    {
        var response = await GetAsync(_nginxToDefault, "/info");

        // Only what nginx puts in the request line and Host header (no port) and the connection (nginx's address) is seen.
        Assert.Equal(
            "scheme=http\nhost=localhost\nremote_addr=127.0.0.1\nscript_root=\nurl=http://localhost/info\n" +
            "url_root=http://localhost/\nurl_for=/info\nexternal=http://localhost/info",
            await response.Content.ReadAsStringAsync());
    }
}
