using Carafe.Extensions;
using Greeter;
using Microsoft.Extensions.Options;

[assembly: CarafeExtension(typeof(GreeterExtension), "Greeter", "2.1.0", Supports = "0.1")]

namespace Greeter;

/// <summary>Settings bound from the <c>Greeter</c> section, with their defaults.</summary>
public sealed class GreeterSettings
{
    /// <summary>The greeting word.</summary>
    public string Word { get; set; } = "Hi";
}

/// <summary>A referenced extension with settings, a route, a filter, a global, a test, a hook and a command.</summary>
public sealed class GreeterExtension : CarafeExtension
{
    /// <inheritdoc/>
    public override void ConfigureServices(ExtensionServicesContext context) => context.AddSettings<GreeterSettings>();

    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app)
    {
        app.Route("/greet/<name>", (string name, IOptions<GreeterSettings> settings) => $"{settings.Value.Word}, {name}", endpoint: "greet");
        app.AddTemplateFilter("shout", (string text) => text.ToUpperInvariant() + "!");
        app.AddTemplateGlobal("greeter_version", "2.1.0");
        app.AddTemplateTest("greeting", (string text) => text.StartsWith("Hi", StringComparison.Ordinal));
        app.AfterRequest((Carafe.Response response) =>
        {
            response.Headers["X-Greeter"] = "on";
            return response;
        });
        app.AddCommand("greet", "Greets each name", async (arguments, output) =>
        {
            foreach (var name in arguments)
            {
                await output.WriteLineAsync($"Hi, {name}");
            }
            return 0;
        });
    }
}
