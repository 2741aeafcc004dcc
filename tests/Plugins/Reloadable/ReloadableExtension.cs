using Carafe.Extensions;
using Carafe.Routing;
using Carafe.Templating;
using Microsoft.Extensions.DependencyInjection;
using Reloadable;

[assembly: CarafeExtension(typeof(ReloadableExtension), "Reloadable", ReloadableExtension.Version)]

namespace Reloadable;

/// <summary>A service, which only version 4 registers.</summary>
public sealed class ReloadableService;

/// <summary>
/// The plugin the hot reload test replaces while the app runs. Versions 1 and 2 differ in a route's
/// text, a filter, a global, a template, a command and a hook's header; only version 1 has
/// <c>/old</c> and the <c>shout</c> converter, only version 2 <c>/new</c>. Version 3 throws while
/// initialising; version 4 is version 2 plus a service; version 5 is version 2 plus a second view
/// for its index endpoint, which the app refuses when it compiles its routes.
/// </summary>
public sealed class ReloadableExtension : CarafeExtension
{
#if V1
    /// <summary>This build's version.</summary>
    public const string Version = "1.0.0";
#elif V2
    /// <summary>This build's version.</summary>
    public const string Version = "2.0.0";
#elif V3
    /// <summary>This build's version.</summary>
    public const string Version = "3.0.0";
#elif V4
    /// <summary>This build's version.</summary>
    public const string Version = "4.0.0";
#else
    /// <summary>This build's version.</summary>
    public const string Version = "5.0.0";
#endif

    /// <inheritdoc/>
    public override void ConfigureServices(ExtensionServicesContext context)
    {
#if V4
        context.Services.AddSingleton<ReloadableService>();
#endif
    }

    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app)
    {
#if V3
        throw new InvalidOperationException("version 3 is broken");
#else
        app.Route("/", () => "version " + Version, endpoint: "index");
#if V5
        app.Route("/index", () => "another view", endpoint: "index");
#endif
#if V1
        app.Route("/old", () => "only in version 1", endpoint: "old");
        app.AddConverter("shout", _ => new ShoutConverter());
        app.Route("/shout/<shout:word>", (string word) => word, endpoint: "shout");
#else
        app.Route("/new", () => "only from version 2", endpoint: "new");
#endif
        app.AddTemplateFilter("edition", (object? value) => $"{value}, edition {Version}");
        app.AddTemplateGlobal("reloadable_version", Version);
        app.AddTemplateLoader(new DictLoader(new Dictionary<string, string> { ["reloadable.txt"] = "template of version " + Version }));
        app.AddCommand("reloadable", "Prints version " + Version, async (_, output) =>
        {
            await output.WriteLineAsync(Version);
            return 0;
        });
        app.AfterRequest((Carafe.Response response) =>
        {
            response.Headers["X-Reloadable"] = Version;
            return response;
        });
#endif
    }
}

/// <summary>A converter only version 1 adds: the segment, upper-cased.</summary>
public sealed class ShoutConverter : RouteConverter
{
    /// <inheritdoc/>
    public override bool TryToValue(string text, out object? value)
    {
        value = text.ToUpperInvariant();
        return true;
    }
}
