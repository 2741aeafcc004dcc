using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Carafe.Deployment.Tests.Support;

/// <summary>
/// An HTTP client whose connections come from a chosen loopback address (127.0.0.2 by default),
/// so that the app can tell the client's address from the proxy's (127.0.0.1), and which
/// connects to 127.0.0.1 whatever the URL's host name says.
/// </summary>
internal static class LoopbackClient
{
    public static readonly IPAddress ClientAddress = IPAddress.Parse("127.0.0.2");

    public static HttpClient Create(X509Certificate2? trustedCertificate = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(ClientAddress, 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        if (trustedCertificate is not null)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString() == trustedCertificate.GetCertHashString();
        }
        return new HttpClient(handler);
    }
}
