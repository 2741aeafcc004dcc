using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Testing;

/// <summary>
/// The app served by real Kestrel on 127.0.0.1 at a free port, for tests that need a real client
/// such as a browser: <c>await using var server = await LiveServer.StartAsync(app);</c>, then
/// open <see cref="Url"/>. Setup is frozen from then on, as with the test client.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly WebApplication _web;

    private LiveServer(WebApplication web, Uri address)
    {
        _web = web;
        Address = address;
    }

    /// <summary>Where the app listens, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="app"/>; it is listening when the task completes.</summary>
    public static async Task<LiveServer> StartAsync(CarafeApp app)
    {
        var web = app.Build(builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
        await web.StartAsync();
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new LiveServer(web, new Uri(address));
    }

    /// <summary>The absolute URL of <paramref name="path"/> on this server.</summary>
    public string Url(string path = "/") => new Uri(Address, path).ToString();

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        await _web.StopAsync();
        await _web.DisposeAsync();
    }
}
