using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Testing;

/// <summary>
/// The app served by real Kestrel on 127.0.0.1 at a free port, as Flask-Testing's
/// <c>LiveServerTestCase</c>: for tests that need real sockets and real concurrency (the test
/// client runs in memory). Start it with <see cref="StartAsync"/>; disposing it stops the app.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _web;

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
        await web.StartAsync();
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LiveServer(web, new Uri(address + "/"));
    }

    /// <summary>An <see cref="HttpClient"/> whose base address is <see cref="Address"/>.</summary>
    public HttpClient CreateClient() => new() { BaseAddress = Address };

    /// <summary>Stops the app and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _web.StopAsync();
        await _web.DisposeAsync();
    }
}
