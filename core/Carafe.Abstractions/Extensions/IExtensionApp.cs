using System.Reflection;
using Carafe.Routing;
using Carafe.Templating;
using Microsoft.Extensions.Configuration;

namespace Carafe.Extensions;

/// <summary>
/// What an extension may add to the app in <see cref="CarafeExtension.Initialize"/>. Routes go
/// into the extension's own blueprint, named after it (endpoints <c>name.view</c>) and mounted
/// at <see cref="UrlPrefix"/>; hooks, template additions, converters and commands apply to the
/// whole app. Nothing is applied until <see cref="CarafeExtension.Initialize"/> returns.
/// </summary>
public interface IExtensionApp
{
    /// <summary>The extension's name: its blueprint's name and its settings section.</summary>
    string Name { get; }

    /// <summary>The app's configuration with Flask's keys, as Flask's <c>app.config</c>; read your upper-case keys with defaults.</summary>
    Config Config { get; }

    /// <summary>The extension's own section of the app's configuration.</summary>
    IConfigurationSection Settings { get; }

    /// <summary>
    /// Where the extension's routes are mounted: the <c>UrlPrefix</c> key of <see cref="Settings"/>
    /// (empty for the site root), else <c>/</c> and the name in lower case, such as <c>/hello</c>.
    /// </summary>
    string UrlPrefix { get; }

    /// <summary>Whether the app is in debug mode.</summary>
    bool Debug { get; }

    /// <summary>
    /// The app's instance folder, as Flask's <c>app.instance_path</c>: where files that belong to
    /// this deployment (a SQLite database, uploads) live. It may not exist yet.
    /// </summary>
    string InstancePath { get; }

    /// <summary>Adds a URL rule to the extension's blueprint, as Flask's <c>@bp.route</c>.</summary>
    /// <param name="rule">The rule relative to <see cref="UrlPrefix"/>, such as <c>/hello/&lt;name&gt;</c>.</param>
    /// <param name="view">The view: any delegate, sync or async, taking route values and services as parameters.</param>
    /// <param name="methods">The methods it answers; GET by default.</param>
    /// <param name="endpoint">The endpoint within the blueprint; the view's method name in snake_case by default.</param>
    /// <param name="defaults">Values for arguments the rule does not have.</param>
    void Route(string rule, Delegate view, string[]? methods = null, string? endpoint = null, object? defaults = null);

    /// <summary>Runs <paramref name="hook"/> before every request of the app; a non-null return is the response.</summary>
    void BeforeRequest(Delegate hook);

    /// <summary>Runs <paramref name="hook"/> after every request of the app; it may take and return the <see cref="Response"/>.</summary>
    void AfterRequest(Delegate hook);

    /// <summary>Runs <paramref name="hook"/> at the end of every request of the app, whatever happened.</summary>
    void TeardownRequest(Delegate hook);

    /// <summary>Adds values to every template's context; <paramref name="processor"/> returns a dictionary or an object.</summary>
    void ContextProcessor(Delegate processor);

    /// <summary>Handles errors with status <paramref name="statusCode"/> across the app.</summary>
    void ErrorHandler(int statusCode, Delegate handler);

    /// <summary>Adds a filter to the app's templates.</summary>
    void AddTemplateFilter(string name, Delegate filter);

    /// <summary>Adds a test to the app's templates.</summary>
    void AddTemplateTest(string name, Delegate test);

    /// <summary>Adds a global (a value or a function) to the app's templates.</summary>
    void AddTemplateGlobal(string name, object? value);

    /// <summary>Adds a place to find templates, searched after the app's own.</summary>
    void AddTemplateLoader(ITemplateLoader loader);

    /// <summary>
    /// Serves the templates embedded in <paramref name="assembly"/> under <paramref name="baseName"/>:
    /// with <c>&lt;EmbeddedResource Include="templates/**" /&gt;</c> in project <c>Hello</c>, the base name
    /// is <c>Hello.templates</c> and <c>hello/page.html</c> is found. They come after the app's own, so apps can override them.
    /// </summary>
    void AddEmbeddedTemplates(Assembly assembly, string baseName);

    /// <summary>
    /// Serves the static files embedded in <paramref name="assembly"/> under <paramref name="baseName"/> at
    /// <c>{UrlPrefix}/static/&lt;path:filename&gt;</c>, endpoint <c>name.static</c>, the way a blueprint serves its static folder.
    /// </summary>
    void AddEmbeddedStaticFiles(Assembly assembly, string baseName);

    /// <summary>Adds a URL converter for rules, such as <c>&lt;slug:title&gt;</c>.</summary>
    void AddConverter(string name, RouteConverterFactory factory);

    /// <summary>Adds a command to the app's command line, run as <c>dotnet run -- name args...</c>.</summary>
    /// <param name="name">The command's name; it may not be one of Carafe's own.</param>
    /// <param name="description">One line of help.</param>
    /// <param name="run">Runs it with the arguments after its name, writing to the given output; returns the exit code.</param>
    void AddCommand(string name, string description, Func<IReadOnlyList<string>, TextWriter, Task<int>> run);

    /// <summary>
    /// Adds a command that works with the app's services (a database, a queue), as a Flask command
    /// run in an app context: the app's service provider is built for it, without serving.
    /// </summary>
    /// <param name="name">The command's name; it may not be one of Carafe's own.</param>
    /// <param name="description">One line of help.</param>
    /// <param name="run">Runs it with the arguments after its name, the output and the app's services; returns the exit code.</param>
    void AddCommand(string name, string description, Func<IReadOnlyList<string>, TextWriter, IServiceProvider, Task<int>> run);
}
