using System.Reflection;
using Carafe.Cli;
using Carafe.Routing;
using Carafe.Templating;
using Microsoft.Extensions.Configuration;

namespace Carafe.Extensions;

/// <summary>
/// The app as one extension sees it while it initialises: what it registers is recorded, and
/// applied to the app by <see cref="Commit"/> only once it has finished without throwing;
/// <see cref="Undo"/> takes it out again, when the extension is hot-reloaded.
/// </summary>
internal sealed class ExtensionRegistrar : IExtensionApp
{
    private readonly CarafeApp _app;
    private readonly Blueprint _blueprint;
    private readonly List<Change> _changes = [];
    private bool _hasRoutes;
    private int _applied;

    public ExtensionRegistrar(CarafeApp app, string name)
    {
        _app = app;
        Name = name;
        Settings = app.Configuration.GetSection(name);
        UrlPrefix = (Settings["UrlPrefix"] ?? "/" + name.ToLowerInvariant()).TrimEnd('/');
        _blueprint = new Blueprint(name, UrlPrefix);
    }

    public string Name { get; }

    public Config Config => _app.Config;

    public IConfigurationSection Settings { get; }

    public string UrlPrefix { get; }

    public bool Debug => _app.Debug;

    public string InstancePath => _app.InstancePath;

    public void Route(string rule, Delegate view, string[]? methods = null, string? endpoint = null, object? defaults = null)
    {
        _blueprint.Route(rule, view, methods, endpoint, defaults);
        if (!_hasRoutes)
        {
            // Registered first, since only its name can clash.
            _changes.Insert(0, new Change(app => app.RegisterBlueprint(_blueprint), app => app.UnregisterBlueprint(_blueprint)));
            _hasRoutes = true;
        }
    }

    public void BeforeRequest(Delegate hook) => Record(app => app.BeforeRequest(hook), app => app.RemoveHandler(hook));

    public void AfterRequest(Delegate hook) => Record(app => app.AfterRequest(hook), app => app.RemoveHandler(hook));

    public void TeardownRequest(Delegate hook) => Record(app => app.TeardownRequest(hook), app => app.RemoveHandler(hook));

    public void ContextProcessor(Delegate processor) => Record(app => app.ContextProcessor(processor), app => app.RemoveHandler(processor));

    public void ErrorHandler(int statusCode, Delegate handler)
    {
        // Checked now, so that a bad status fails this extension rather than the commit.
        if (statusCode is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, $"'{statusCode}' is not a recognized HTTP error code.");
        }
        Record(app => app.ErrorHandler(statusCode, handler), app => app.RemoveHandler(handler));
    }

    public void AddTemplateFilter(string name, Delegate filter) =>
        Record(app => app.AddTemplateFilter(name, filter), app => app.TemplateRegistrations.Filters.Remove((name, filter)));

    public void AddTemplateTest(string name, Delegate test) =>
        Record(app => app.AddTemplateTest(name, test), app => app.TemplateRegistrations.Tests.Remove((name, test)));

    public void AddTemplateGlobal(string name, object? value) =>
        Record(app => app.AddTemplateGlobal(name, value), app => app.TemplateRegistrations.Globals.Remove((name, value)));

    public void AddTemplateLoader(ITemplateLoader loader) =>
        Record(app => app.AddTemplateLoader(loader), app => app.TemplateRegistrations.Loaders.Remove(loader));

    public void AddEmbeddedTemplates(Assembly assembly, string baseName) => AddTemplateLoader(new EmbeddedResourceLoader(assembly, baseName));

    public void AddEmbeddedStaticFiles(Assembly assembly, string baseName)
    {
        var files = new EmbeddedStaticFiles(assembly, baseName);
        Route("/static/<path:filename>", (string filename) => files.Send(filename), endpoint: "static");
    }

    public void AddConverter(string name, RouteConverterFactory factory)
    {
        // A converter may replace one of the same name, which comes back when this one is taken out.
        RouteConverterFactory? replaced = null;
        Record(
            app =>
            {
                replaced = app.Converters.TryGet(name, out var existing) ? existing : null;
                app.Converters.Add(name, factory);
            },
            app =>
            {
                if (replaced is null)
                {
                    app.Converters.Remove(name);
                }
                else
                {
                    app.Converters.Add(name, replaced);
                }
            });
    }

    public void AddCommand(string name, string description, Func<IReadOnlyList<string>, TextWriter, Task<int>> run) =>
        AddCommand(name, CliCommand.Create(description, run));

    public void AddCommand(string name, string description, Func<IReadOnlyList<string>, TextWriter, IServiceProvider, Task<int>> run) =>
        AddCommand(name, CliCommand.Create(description, run));

    private void AddCommand(string name, CliCommand command)
    {
        // A malformed name fails the extension's Initialize; a taken one fails when applied, after a
        // hot-reloaded extension's previous version has given its names back.
        CliCommand.CheckName(name);
        Record(app => app.AddCommand(name, command), app => app.Commands.Remove(name));
    }

    /// <summary>Applies what the extension registered.</summary>
    public void Commit()
    {
        foreach (var change in _changes.Skip(_applied))
        {
            change.Apply(_app);
            _applied++;
        }
    }

    /// <summary>Takes out what <see cref="Commit"/> applied, even if it stopped halfway, in reverse order.</summary>
    public void Undo()
    {
        for (; _applied > 0; _applied--)
        {
            _changes[_applied - 1].Undo(_app);
        }
    }

    private void Record(Action<CarafeApp> apply, Action<CarafeApp> undo) => _changes.Add(new Change(apply, undo));

    private sealed record Change(Action<CarafeApp> Apply, Action<CarafeApp> Undo);
}
