using Carafe.Extensions;
using Faulty;
using Microsoft.Extensions.DependencyInjection;

[assembly: CarafeExtension(typeof(FaultyExtension), "Faulty", "0.1.0")]

namespace Faulty;

/// <summary>A service the extension registers before failing.</summary>
public sealed class FaultyService;

/// <summary>Half-registers a service, a route, a filter and a hook, then throws.</summary>
public sealed class FaultyExtension : CarafeExtension
{
    /// <inheritdoc/>
    public override void ConfigureServices(ExtensionServicesContext context) => context.Services.AddSingleton<FaultyService>();

    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app)
    {
        app.Route("/", () => "half-registered");
        app.AddTemplateFilter("faulty", (object? value) => value);
        app.BeforeRequest(() => "hijacked");
        throw new InvalidOperationException("FAULTY_SERVER is not configured");
    }
}
