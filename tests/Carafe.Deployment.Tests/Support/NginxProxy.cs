using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Carafe.Deployment.Tests.Support;

/// <summary>
/// A real nginx in front of an app: a site (one or more <c>server</c> blocks, the shipped
/// deploy/nginx-carafe.conf or one a test writes) on a free 127.0.0.1 port with a self-signed
/// certificate for <c>localhost</c>. Everything nginx writes (pid file, logs, temp files) stays in
/// its own temporary folder; it runs in the foreground, as one process, and is stopped by its
/// process id.
/// </summary>
internal sealed class NginxProxy : IDisposable
{
    private readonly LocalServer _server;

    private NginxProxy(LocalServer server, X509Certificate2 certificate)
    {
        _server = server;
        Certificate = certificate;
    }

    public int Port => _server.Port;

    /// <summary>The certificate nginx presents, the only one a client of this proxy should accept.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Where the site listens and proxies to, and its certificate's files.</summary>
    public sealed record Site(int Port, string Upstream, string CertificateFile, string KeyFile, int SparePort);

    /// <summary>
    /// deploy/nginx-carafe.conf as shipped, with only what differs here replaced: the ports it
    /// listens on (IPv6 left out), its server_name (localhost), the app's address and the
    /// certificate's files.
    /// </summary>
    public static string ShippedSite(Site site) => string.Join("\n", File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "deploy", "nginx-carafe.conf"))
            .Where(line => !line.Contains("listen [::]", StringComparison.Ordinal)))
        .Replace("server 127.0.0.1:5000;", $"server {site.Upstream};")
        .Replace("server_name example.com;", "server_name localhost;")
        .Replace("listen 443 ssl http2", $"listen 127.0.0.1:{site.Port} ssl http2")
        .Replace("listen 80", $"listen 127.0.0.1:{site.SparePort}")
        .Replace("/etc/ssl/certs/carafe.pem", site.CertificateFile)
        .Replace("/etc/ssl/private/carafe.key", site.KeyFile);

    public static async Task<NginxProxy> StartAsync(Uri app, Func<Site, string> writeSite)
    {
        var nginx = LocalServer.Locate("nginx", "nginx");
        var folder = Directory.CreateTempSubdirectory("carafe-nginx-").FullName;
        var certificate = WriteCertificate(folder);
        var site = new Site(LocalServer.FreePort(), $"127.0.0.1:{app.Port}", Path.Combine(folder, "cert.pem"), Path.Combine(folder, "key.pem"), LocalServer.FreePort());
        var errorLog = Path.Combine(folder, "error.log");
        var config = $$"""
            daemon off;
            master_process off;
            pid {{folder}}/nginx.pid;
            error_log {{errorLog}};
            events { worker_connections 64; }
            http {
                access_log {{folder}}/access.log;
                client_body_temp_path {{folder}}/client_body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
            {{writeSite(site)}}
            }
            """;
        var configFile = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(configFile, config);
        var server = await LocalServer.StartAsync(nginx, ["-c", configFile, "-p", folder, "-e", errorLog], site.Port, errorLog);
        return new NginxProxy(server, certificate);
    }

    private static X509Certificate2 WriteCertificate(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(Path.Combine(folder, "cert.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "key.pem"), key.ExportPkcs8PrivateKeyPem());
        return certificate;
    }

    public void Dispose()
    {
        _server.Dispose();
        Certificate.Dispose();
    }
}
