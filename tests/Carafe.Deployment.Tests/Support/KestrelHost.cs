using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Deployment.Tests.Support;

/// <summary>An app served by real Kestrel on 127.0.0.1, at a port Kestrel picks.</summary>
internal sealed class KestrelHost : IAsyncDisposable
{
    private KestrelHost(WebApplication web, Uri address)
    {
        Web = web;
        Address = address;
    }

    public WebApplication Web { get; }

    public Uri Address { get; }

    public static async Task<KestrelHost> StartAsync(CarafeApp app)
    {
        var web = app.Build(builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
        await web.StartAsync();
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new KestrelHost(web, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await Web.StopAsync();
        await Web.DisposeAsync();
    }
}
