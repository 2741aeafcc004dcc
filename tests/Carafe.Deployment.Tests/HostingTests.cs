using Carafe.Deployment.Tests.Support;
using Carafe.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Carafe.Deployment.Tests;

public class HostingTests
{
    [Fact]
    public async Task A_library_s_fallback_configuration_in_the_app_s_services_does_not_replace_the_host_s()
    {
        var app = DeploymentApps.Create();
        // What OpenTelemetry's AddOpenTelemetry() does to a collection without an IConfiguration.
        app.Services.TryAddSingleton<IConfiguration>(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        app.Get("/", () => "served", endpoint: "index");

        await using var server = await LiveServer.StartAsync(app);
        using var client = new HttpClient();

        Assert.Equal("127.0.0.1", server.Url.Host);
        Assert.NotEqual(5000, server.Url.Port);
        Assert.Equal("served", await client.GetStringAsync(server.Url));
    }
}
