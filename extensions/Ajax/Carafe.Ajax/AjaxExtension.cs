using Carafe.Ajax;
using Carafe.Extensions;
using Carafe.Templating;
using Microsoft.Extensions.DependencyInjection;

[assembly: CarafeExtension(typeof(AjaxExtension), AjaxExtension.ExtensionName, "0.1.0", Supports = "[0.1, 1.0)")]

namespace Carafe.Ajax;

/// <summary>
/// Plugs the Ajax bridge into an app (Flask-Sijax's <c>init_app</c>), referenced as a package or
/// dropped into the plugins folder: an <see cref="Ajax"/> per request in its services, bound to
/// the request before each view; the client script at <c>/ajax/static/carafe-ajax.js</c>
/// (endpoint <c>Ajax.static</c>); and <c>ajax_js()</c> in every template, the script element
/// that loads and configures the client.
/// </summary>
public sealed class AjaxExtension : CarafeExtension
{
    /// <summary>The extension's name: its blueprint, its settings section and its static endpoint <c>Ajax.static</c>.</summary>
    public const string ExtensionName = "Ajax";

    /// <summary>The client script's file name among the extension's static files.</summary>
    public const string ClientScript = "carafe-ajax.js";

    private Config? _config;
    private AjaxSettings? _settings;

    /// <inheritdoc/>
    public override void ConfigureServices(ExtensionServicesContext context) =>
        context.Services.AddScoped(services => new Ajax(Settings(), services));

    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app)
    {
        _config = app.Config;
        app.BeforeRequest((Request request, Ajax ajax) => ajax.Bind(request));
        app.ContextProcessor((Ajax ajax) => new Dictionary<string, object?> { ["ajax_js"] = new Func<Markup>(ajax.Script) });
        app.AddEmbeddedStaticFiles(typeof(AjaxExtension).Assembly, "Carafe.Ajax.static");
    }

    // Read when the first request comes, so that config set after the extension loads still counts.
    private AjaxSettings Settings() => _settings ??= AjaxSettings.FromConfig(_config ?? throw new InvalidOperationException(
        "The Ajax extension was not initialised: its services were used before the app started."));
}
