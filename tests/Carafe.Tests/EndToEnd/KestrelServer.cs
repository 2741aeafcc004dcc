using System.Net.Sockets;
using System.Text;
using Carafe.Testing;

namespace Carafe.Tests.EndToEnd;

/// <summary>An app served by real Kestrel on 127.0.0.1 at a free port, and raw HTTP/1.1 over a socket to it.</summary>
internal sealed class KestrelServer : IAsyncDisposable
{
    private readonly LiveServer _server;

    private KestrelServer(LiveServer server)
    {
        _server = server;
    }

    public Uri Address => _server.Url;

    public static async Task<KestrelServer> StartAsync(CarafeApp app) => new(await LiveServer.StartAsync(app));

    /// <summary>Sends <paramref name="request"/> byte for byte and reads the whole response (the request should ask to close).</summary>
    public async Task<RawResponse> SendRawAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(Address.Host, Address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        using var buffer = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await stream.CopyToAsync(buffer, timeout.Token);
        return RawResponse.Parse(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public Task<RawResponse> GetAsync(string target, string extraHeaders = "") =>
        SendRawAsync($"GET {target} HTTP/1.1\r\nHost: {Address.Authority}\r\n{extraHeaders}Connection: close\r\n\r\n");

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

internal sealed record RawResponse(int StatusCode, IReadOnlyList<(string Name, string Value)> Headers, string Body)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public static RawResponse Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = raw[..split].Split("\r\n");
        var status = int.Parse(head[0].Split(' ')[1]);
        var headers = head.Skip(1).Select(line => (line[..line.IndexOf(':')], line[(line.IndexOf(':') + 1)..].Trim())).ToList();
        var body = raw[(split + 4)..];
        if (headers.Any(h => h.Item1.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase)))
        {
            body = Dechunk(body);
        }
        return new RawResponse(status, headers, body);
    }

    private static string Dechunk(string body)
    {
        var result = new StringBuilder();
        var position = 0;
        while (true)
        {
            var lineEnd = body.IndexOf("\r\n", position, StringComparison.Ordinal);
            var size = Convert.ToInt32(body[position..lineEnd], 16);
            if (size == 0)
            {
                return result.ToString();
            }
            result.Append(body, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    }
}
