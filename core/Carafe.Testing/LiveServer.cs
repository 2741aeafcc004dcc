using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Testing;

/// <summary>
/// The app served by real Kestrel on 127.0.0.1 at a free port, as pytest-flask's
/// <c>live_server</c>: for tests that need real sockets (a browser, a proxy in front, many
/// concurrent clients). Dispose it to stop the server.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _web;

    private LiveServer(WebApplication web, Uri url)
    {
        _web = web;
        Url = url;
    }

    /// <summary>Where the app listens, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Url { get; }

    /// <summary>The app's service provider, as the running host built it.</summary>
    public IServiceProvider Services => _web.Services;

    /// <summary>Starts serving <paramref name="app"/>; its setup is frozen from now on, as when it is run.</summary>
    /// <param name="app">The app.</param>
    /// <param name="port">The port on 127.0.0.1; 0 (the default) picks a free one.</param>
    public static async Task<LiveServer> StartAsync(CarafeApp app, int port = 0)
    {
        var web = app.Build(builder => builder.WebHost.UseUrls($"http://127.0.0.1:{port}"));
        await web.StartAsync();
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LiveServer(web, new Uri(address + "/"));
    }

    /// <summary>The absolute URL of <paramref name="path"/> on the server.</summary>
    public Uri UrlOf(string path) => new(Url, path.TrimStart('/'));

    /// <summary>Stops the server, letting requests in flight finish.</summary>
    public async ValueTask DisposeAsync()
    {
        await _web.StopAsync();
        await _web.DisposeAsync();
    }
}
