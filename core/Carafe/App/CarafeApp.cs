using Carafe.Cli;
using Carafe.Extensions;
using Carafe.Hosting;
using Carafe.Pipeline;
using Carafe.Routing;
using Carafe.Security;
using Carafe.Templates;
using Carafe.Templating;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Carafe;

/// <summary>
/// A Carafe app, as Flask's <c>Flask</c> object: routes, hooks, error handlers, blueprints and
/// configuration, served by Kestrel. Set it up, then call <see cref="Run"/>; setup methods
/// refuse to run once it has started.
/// </summary>
public sealed class CarafeApp : Scaffold
{
    private readonly string[] _args;
    private readonly List<(Blueprint Blueprint, string? UrlPrefix)> _blueprints = [];
    private readonly TemplateRegistrations _templateRegistrations = new();
    private readonly Lock _reconfigureLock = new();
    private volatile CompiledApp? _compiled;
    private int _reconfiguringThread;
    private string? _instancePath;

    /// <summary>Creates an app.</summary>
    /// <param name="args">The command line: <c>routes</c>, <c>--host</c>, <c>--port</c>, <c>--debug</c>.</param>
    /// <param name="rootPath">The folder <c>static/</c>, <c>templates/</c> and <c>appsettings.json</c> are in; the app's base directory by default.</param>
    /// <param name="staticFolder">The static folder relative to the root, or null for none.</param>
    /// <param name="staticUrlPath">The URL static files are served under; <c>/static</c> by default.</param>
    /// <param name="templateFolder">The templates folder relative to the root, or null for none.</param>
    /// <param name="name">The app's name, used in logs.</param>
    public CarafeApp(string[]? args = null, string? rootPath = null, string? staticFolder = "static", string? staticUrlPath = null,
        string? templateFolder = "templates", string name = "app")
        : base(name, rootPath ?? AppContext.BaseDirectory, staticFolder, staticUrlPath, templateFolder)
    {
        _args = args ?? [];
        Configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RootPath, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("CARAFE_")
            .Build();
        Config.Load(Configuration);
        if (_args.Contains("--debug"))
        {
            Config["DEBUG"] = true;
        }
        SessionInterface = new SecureCookieSessionInterface(Config);
        Extensions = new ExtensionRegistry(this);
    }

    /// <summary>The configuration with Flask's keys, as Flask's <c>app.config</c>.</summary>
    public Config Config { get; } = new();

    /// <summary>The .NET configuration it was loaded from (appsettings.json and <c>CARAFE_</c> variables), for extensions' own sections.</summary>
    public IConfiguration Configuration { get; }

    /// <summary>Services for DI, registered before the app starts; views and hooks take them as parameters.</summary>
    public IServiceCollection Services { get; } = new ServiceCollection();

    /// <summary>The URL converters rules may use; add your own before adding the rules that use them.</summary>
    public ConverterRegistry Converters { get; } = ConverterRegistry.CreateDefault();

    /// <summary>How the session is loaded and saved; a signed cookie by default.</summary>
    public ISessionInterface SessionInterface { get; set; }

    /// <summary>
    /// The instance folder, as Flask's <c>app.instance_path</c>: files that belong to this
    /// deployment and not to the code (a SQLite database). <c>instance</c> under the root by
    /// default; it is not created until something needs it.
    /// </summary>
    public string InstancePath
    {
        get => _instancePath ?? Path.Combine(RootPath, "instance");
        set
        {
            EnsureSetupAllowed(nameof(InstancePath));
            _instancePath = Path.GetFullPath(value, RootPath);
        }
    }

    /// <summary>Whether debug mode is on (<c>DEBUG</c>): detailed error pages.</summary>
    public bool Debug => Config.Get("DEBUG", false);

    /// <summary>Whether testing mode is on (<c>TESTING</c>): unhandled exceptions reach the test.</summary>
    public bool Testing => Config.Get("TESTING", false);

    /// <summary>The app's logger, once it has started.</summary>
    public ILogger Logger { get; private set; } = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    /// <summary>The extensions found in references and the plugins folder; they are loaded when the app starts.</summary>
    public ExtensionRegistry Extensions { get; }

    internal Dictionary<string, CliCommand> Commands { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds a command to the app's command line, run as <c>dotnet run -- name args...</c> and listed
    /// by <c>--help</c>: Flask's <c>@app.cli.command()</c>, without writing an extension.
    /// </summary>
    /// <param name="name">The command's name: not empty, no spaces, not starting with <c>-</c>, and neither Carafe's own (<c>run</c>, <c>routes</c>, <c>extensions</c>) nor one added already.</param>
    /// <param name="description">One line of help, shown by <c>--help</c>.</param>
    /// <param name="run">Runs it with the arguments after its name, writing to the given output; returns the process's exit code.</param>
    /// <exception cref="ArgumentException">The name is taken or malformed.</exception>
    public void AddCommand(string name, string description, Func<IReadOnlyList<string>, TextWriter, Task<int>> run)
    {
        EnsureSetupAllowed(nameof(AddCommand));
        AddCommand(name, CliCommand.Create(description, run));
    }

    /// <summary>
    /// Adds a command that works with the app's services (its database, a queue), as a Flask command
    /// runs in an app context: the app's service provider is built for it, without serving.
    /// </summary>
    /// <param name="name">The command's name: not empty, no spaces, not starting with <c>-</c>, and neither Carafe's own (<c>run</c>, <c>routes</c>, <c>extensions</c>) nor one added already.</param>
    /// <param name="description">One line of help, shown by <c>--help</c>.</param>
    /// <param name="run">Runs it with the arguments after its name, the output and the app's services; returns the process's exit code.</param>
    /// <exception cref="ArgumentException">The name is taken or malformed.</exception>
    public void AddCommand(string name, string description, Func<IReadOnlyList<string>, TextWriter, IServiceProvider, Task<int>> run)
    {
        EnsureSetupAllowed(nameof(AddCommand));
        AddCommand(name, CliCommand.Create(description, run));
    }

    /// <summary>Adds a command of the app's or an extension's; throws <see cref="ArgumentException"/> when its name is malformed or taken.</summary>
    internal void AddCommand(string name, CliCommand command)
    {
        CliCommand.CheckName(name);
        if (!Commands.TryAdd(name, command))
        {
            throw new ArgumentException($"There is already a command named '{name}': each command name can be added once.", nameof(name));
        }
    }

    /// <summary>The blueprints registered, in order, with the URL prefix each was registered with.</summary>
    public IReadOnlyList<(Blueprint Blueprint, string? UrlPrefix)> Blueprints => _blueprints;

    /// <summary>Whether the app has started; setup is frozen from then on.</summary>
    public bool Started => _compiled is not null;

    internal CompiledApp Compiled => _compiled ?? throw new InvalidOperationException("The app has not started yet.");

    /// <summary>
    /// The template environment, as Flask's <c>app.jinja_env</c>; created when the app starts,
    /// with the filters, tests, globals and loaders added before then.
    /// </summary>
    public Templating.Environment JinjaEnvironment => Templates.Environment;

    /// <summary>Syntax options of the app's templates (line statements, whitespace control); set them before the app starts.</summary>
    public TemplateOptions TemplateOptions { get; } = new();

    internal AppTemplates Templates => _compiled?.Templates ?? throw new InvalidOperationException(
        "Templates are available once the app has started (Run, TestClient or TestRequestContext).");

    /// <summary>The filters, tests, globals and loaders added to the app's templates, which an extension's hot reload removes its own from.</summary>
    internal TemplateRegistrations TemplateRegistrations => _templateRegistrations;

    /// <summary>Adds a filter to the app's templates, as Flask's <c>add_template_filter</c>.</summary>
    public void AddTemplateFilter(string name, Delegate filter)
    {
        EnsureSetupAllowed(nameof(AddTemplateFilter));
        _templateRegistrations.Filters.Add((name, filter));
    }

    /// <summary>Adds a test to the app's templates, as Flask's <c>add_template_test</c>.</summary>
    public void AddTemplateTest(string name, Delegate test)
    {
        EnsureSetupAllowed(nameof(AddTemplateTest));
        _templateRegistrations.Tests.Add((name, test));
    }

    /// <summary>Adds a global (a value or a function) to the app's templates, as Flask's <c>add_template_global</c>.</summary>
    public void AddTemplateGlobal(string name, object? value)
    {
        EnsureSetupAllowed(nameof(AddTemplateGlobal));
        _templateRegistrations.Globals.Add((name, value));
    }

    /// <summary>Adds a place to find templates, searched after the app's and blueprints' folders (extensions ship templates this way).</summary>
    public void AddTemplateLoader(ITemplateLoader loader)
    {
        EnsureSetupAllowed(nameof(AddTemplateLoader));
        _templateRegistrations.Loaders.Add(loader);
    }

    /// <summary>Registers <paramref name="blueprint"/>, its routes under <paramref name="urlPrefix"/> (or its own prefix).</summary>
    public void RegisterBlueprint(Blueprint blueprint, string? urlPrefix = null)
    {
        EnsureSetupAllowed(nameof(RegisterBlueprint));
        if (_blueprints.Any(b => b.Blueprint.Name == blueprint.Name))
        {
            throw new ArgumentException($"The name '{blueprint.Name}' is already registered for a blueprint. Use a unique name for each blueprint.", nameof(blueprint));
        }
        blueprint.MarkRegistered();
        _blueprints.Add((blueprint, urlPrefix?.TrimEnd('/') ?? blueprint.UrlPrefix));
    }

    /// <summary>Removes a blueprint registered by an extension, when the extension is hot-reloaded.</summary>
    internal void UnregisterBlueprint(Blueprint blueprint) => _blueprints.RemoveAll(b => b.Blueprint == blueprint);

    /// <summary>
    /// Runs the app's command line: serves on <c>--host</c> (127.0.0.1) and <c>--port</c> (5000),
    /// or, given <c>routes</c>, prints the route table as <c>flask routes</c> does.
    /// </summary>
    public void Run() => RunAsync().GetAwaiter().GetResult();

    /// <summary>Runs the app's command line; see <see cref="Run"/>.</summary>
    public Task RunAsync(CancellationToken cancellationToken = default) =>
        CommandLine.RunAsync(this, _args, Console.Out, cancellationToken);

    /// <summary>Serves the app on Kestrel at <paramref name="host"/>:<paramref name="port"/> until stopped.</summary>
    public async Task ServeAsync(string host = "127.0.0.1", int port = 5000, CancellationToken cancellationToken = default)
    {
        var web = Build(builder => builder.WebHost.UseUrls($"http://{host}:{port}"));
        await web.StartAsync(cancellationToken);
        await web.WaitForShutdownAsync(cancellationToken);
    }

    /// <summary>Freezes the setup and builds the ASP.NET Core host that serves the app.</summary>
    internal WebApplication Build(Action<WebApplicationBuilder>? configure = null)
    {
        Extensions.Load();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = RootPath, Args = [] });
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        ProductionHosting.AddServices(builder);
        // Libraries that also work without a host (OpenTelemetry) add an IConfiguration of their own
        // when the collection has none, as Services never has: the host's must stay, or Kestrel loses its URLs.
        foreach (var service in Services.Where(s => s.ServiceType != typeof(IConfiguration)))
        {
            builder.Services.Add(service);
        }
        builder.Services.AddSingleton(this);
        builder.Services.AddSingleton(_ => Extensions.WatchPlugins());
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ICsrfTokens, CsrfTokens>();
        configure?.Invoke(builder);
        var web = builder.Build();
        Logger = web.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Name);
        Extensions.LogFailures(Logger);
        Freeze();
        if (Extensions.HotReload)
        {
            // Made by the container so that it is disposed with it, whether the host is stopped or only disposed.
            web.Services.GetRequiredService<PluginWatchers>();
        }
        ProductionHosting.UseMiddleware(web, this);
        var dispatcher = new RequestDispatcher(this);
        web.Run(dispatcher.HandleAsync);
        return web;
    }

    /// <summary>Compiles the routes and handlers; from now on setup methods throw.</summary>
    internal void Freeze()
    {
        if (_compiled is null)
        {
            Extensions.Load();
            _compiled = CompiledApp.Compile(this, _templateRegistrations);
        }
    }

    /// <summary>
    /// Changes the setup of the started app, as a plugin's hot reload does: <paramref name="change"/> may
    /// call setup methods, then the app is compiled again, and requests that begin from then on see the
    /// new state while those in flight finish on the old one. If the change or the compilation throws,
    /// <paramref name="restore"/> puts the setup back, the compiled state stays as it was, and the exception is rethrown.
    /// </summary>
    internal void Reconfigure(Action change, Action restore)
    {
        lock (_reconfigureLock)
        {
            _reconfiguringThread = System.Environment.CurrentManagedThreadId;
            try
            {
                change();
                _compiled = CompiledApp.Compile(this, _templateRegistrations);
            }
            catch
            {
                restore();
                throw;
            }
            finally
            {
                _reconfiguringThread = 0;
            }
        }
    }

    private protected override void EnsureSetupAllowed(string method)
    {
        if (Started && _reconfiguringThread != System.Environment.CurrentManagedThreadId)
        {
            throw new InvalidOperationException(
                $"The setup method '{method}' can no longer be called on the application. It has already handled its first " +
                "request, any changes will not be applied consistently. Make sure all routes, hooks, blueprints and " +
                "configuration needed to set up the application are done before running it.");
        }
    }
}
