using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;

namespace Carafe.Deployment.Tests.Support;

/// <summary>
/// A real redis-server of the test's own, on a free 127.0.0.1 port, persisting nothing, its
/// files in a temporary folder; stopped by its process id. Shared by a test class.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private LocalServer? _server;

    public string Configuration => $"127.0.0.1:{_server!.Port},abortConnect=false";

    public async Task InitializeAsync()
    {
        var redis = LocalServer.Locate("redis-server", "redis-server");
        var folder = Directory.CreateTempSubdirectory("carafe-redis-").FullName;
        var port = LocalServer.FreePort();
        var log = Path.Combine(folder, "redis.log");
        _server = await LocalServer.StartAsync(redis,
            ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder, "--logfile", log],
            port, log);
    }

    /// <summary>A new client, as each app instance has its own.</summary>
    public RedisCache NewCache() => new(Options.Create(new RedisCacheOptions { Configuration = Configuration }));

    public Task DisposeAsync()
    {
        _server?.Dispose();
        return Task.CompletedTask;
    }
}
