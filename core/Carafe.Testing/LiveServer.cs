using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Testing;

/// <summary>
<<<<<<< HEAD
/// The app served by real Kestrel on 127.0.0.1 at a free port, as Flask-Testing's
/// <c>LiveServerTestCase</c>: for tests that need real sockets and real concurrency (the test
/// client runs in memory). Start it with <see cref="StartAsync"/>; disposing it stops the app.
=======
/// The app served by real Kestrel on 127.0.0.1 at a free port, as pytest-flask's
/// <c>live_server</c>: for tests that need real sockets (a browser, a proxy in front, many
/// concurrent clients). Dispose it to stop the server.
>>>>>>> main
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _web;

<<<<<<< HEAD
    private LiveServer(WebApplication web, Uri address)
    {
        _web = web;
        Address = address;
    }

    /// <summary>Where the app listens, such as <c>http://127.0.0.1:45123/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The app's services, as the running app has them.</summary>
    public IServiceProvider Services => _web.Services;

    /// <summary>Starts <paramref name="app"/> on Kestrel at a port the system picks.</summary>
    public static async Task<LiveServer> StartAsync(CarafeApp app)
    {
        var web = app.Build(builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
=======
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
>>>>>>> main
        await web.StartAsync();
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LiveServer(web, new Uri(address + "/"));
    }

<<<<<<< HEAD
    /// <summary>An <see cref="HttpClient"/> whose base address is <see cref="Address"/>.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = Address };

    /// <summary>Stops the app and releases the port.</summary>
=======
    /// <summary>The absolute URL of <paramref name="path"/> on the server.</summary>
    public Uri UrlOf(string path) => new(Url, path.TrimStart('/'));

    /// <summary>Stops the server, letting requests in flight finish.</summary>
>>>>>>> main
    public async ValueTask DisposeAsync()
    {
        await _web.StopAsync();
        await _web.DisposeAsync();
    }
}
