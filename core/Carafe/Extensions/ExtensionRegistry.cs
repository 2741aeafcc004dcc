using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Carafe.Extensions;

/// <summary>
/// The app's extensions, found in referenced assemblies and in the plugins folder, loaded once
/// when the app starts (or when <see cref="Load"/> is called): enabled ones are initialised in
/// dependency order, and each one that fails is reported and leaves nothing behind. Drop-in
/// plugins may then be hot-reloaded (see <see cref="HotReload"/>).
/// </summary>
public sealed partial class ExtensionRegistry
{
    private readonly CarafeApp _app;

    // Indexed alike, in the order found; a hot reload replaces a candidate and its entry.
    private readonly List<ExtensionCandidate> _found = [];
    private volatile ExtensionEntry[] _entries = [];

    // What each initialised extension registered, so that a hot reload can take it out.
    private readonly Dictionary<string, ExtensionRegistrar> _registrars = new(StringComparer.Ordinal);
    private readonly HashSet<string> _registeringServices = new(StringComparer.Ordinal);
    private bool _loaded;

    internal ExtensionRegistry(CarafeApp app)
    {
        _app = app;
        Options = ExtensionOptions.From(app.Configuration);
    }

    /// <summary>Which extensions to load and how strictly; read from the <c>Extensions</c> section of the configuration.</summary>
    public ExtensionOptions Options { get; }

    /// <summary>Every extension found, in the order found, with what became of it (hot reloads update it); empty until loaded.</summary>
    public IReadOnlyList<ExtensionEntry> Entries => _entries;

    /// <summary>The folder drop-in plugins are read from, or null for none.</summary>
    public string? PluginsFolder => Options.PluginsFolder is { } folder ? Path.GetFullPath(folder, _app.RootPath) : null;

    /// <summary>
    /// Finds and initialises the extensions, once; the app does this when it starts.
    /// </summary>
    /// <exception cref="ExtensionLoadException">An extension failed and <see cref="ExtensionOptions.Strict"/> is set.</exception>
    public void Load()
    {
        if (_loaded)
        {
            return;
        }
        _loaded = true;
        _app.Services.AddSingleton<IViewHelpers>(ViewHelpers.Instance);
        var found = Find();
        _found.AddRange(found);
        var byName = new Dictionary<string, ExtensionCandidate>(StringComparer.Ordinal);
        var disabled = new HashSet<string>(StringComparer.Ordinal);
        var states = new Dictionary<ExtensionCandidate, (ExtensionState State, string? Reason)>(ReferenceEqualityComparer.Instance);
        foreach (var candidate in found)
        {
            if (Options.Enabled is { } enabled && !enabled.Contains(candidate.Name))
            {
                states[candidate] = (ExtensionState.Disabled, null);
                disabled.Add(candidate.Name);
            }
            else if (candidate.Error is not null)
            {
                states[candidate] = (ExtensionState.Failed, candidate.Error);
            }
            else if (byName.TryGetValue(candidate.Name, out var first))
            {
                states[candidate] = (ExtensionState.Failed, $"another extension named '{candidate.Name}' is at {first.Source}");
            }
            else
            {
                byName[candidate.Name] = candidate;
            }
        }

        var (order, failures) = ExtensionOrder.Sort(byName.Values.Select(c => (c.Name, c.DependsOn)).ToList(), disabled);
        foreach (var (name, reason) in failures)
        {
            states[byName[name]] = (ExtensionState.Failed, reason);
        }
        foreach (var candidate in order.Select(n => byName[n]).Where(c => !states.ContainsKey(c)))
        {
            var failedDependency = candidate.DependsOn.FirstOrDefault(d => states[byName[d]].State != ExtensionState.Loaded);
            states[candidate] = failedDependency is not null
                ? (ExtensionState.Failed, $"needs '{failedDependency}', which failed")
                : Initialize(candidate);
        }

        _entries = found.Select(c => new ExtensionEntry(c.Name, c.Version, c.Source, states[c].State, states[c].Reason)).ToArray();
        _reloadable = found.Select(c => c.PluginPath is not null && byName.GetValueOrDefault(c.Name) == c).ToArray();
        if (Options.Strict && _entries.Where(e => e.State == ExtensionState.Failed).ToList() is { Count: > 0 } failed)
        {
            throw new ExtensionLoadException(failed);
        }
    }

    /// <summary>Logs each extension that failed, once the app has a logger.</summary>
    internal void LogFailures(ILogger logger)
    {
        foreach (var entry in _entries.Where(e => e.State == ExtensionState.Failed))
        {
            logger.LogWarning("Extension {Name} ({Source}) was not loaded: {Reason}", entry.Name, entry.Source, entry.Reason);
        }
    }

    private List<ExtensionCandidate> Find()
    {
        var found = new List<ExtensionCandidate>();
        if (Options.FindReferenced)
        {
            found.AddRange(ReferencedExtensions.All);
        }
        var unloadable = HotReload;
        if (PluginsFolder is { } folder)
        {
            found.AddRange(PluginFolder.Find(folder, _app.RootPath, unloadable));
        }
        found.AddRange(Options.PluginAssemblies.Select(path =>
            PluginFolder.Load(Path.GetFullPath(path, _app.RootPath), Path.GetFileNameWithoutExtension(path), path, unloadable)));
        return found;
    }

    /// <summary>Runs the extension's two steps against scratch registrations, and applies them only if both succeed.</summary>
    private (ExtensionState, string?) Initialize(ExtensionCandidate candidate)
    {
        var services = new ServiceCollection();
        var registrar = new ExtensionRegistrar(_app, candidate.Name);
        try
        {
            var extension = (CarafeExtension)Activator.CreateInstance(candidate.ExtensionType!)!;
            extension.ConfigureServices(new ExtensionServicesContext(candidate.Name, services, _app.Configuration));
            extension.Initialize(registrar);
            registrar.Commit();
        }
        catch (Exception e)
        {
            registrar.Undo();
            return (ExtensionState.Failed, Threw(e));
        }
        foreach (var service in services)
        {
            _app.Services.Add(service);
        }
        if (services.Count > 0)
        {
            _registeringServices.Add(candidate.Name);
        }
        _registrars[candidate.Name] = registrar;
        return (ExtensionState.Loaded, null);
    }

    private static string Threw(Exception e)
    {
        var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
        return $"it threw {cause.GetType().Name}: {cause.Message}";
    }
}
