using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Carafe.Extensions;

/// <summary>
/// Hot reload of drop-in plugins: when a plugin's dll changes, its new version is loaded into a new
/// load context and initialised against scratch registrations; then, in one step, the old version's
/// routes, hooks, template filters, globals, tests and loaders, converters and commands are taken out,
/// the new ones applied, and the app compiled again. A reload that fails leaves the old version serving.
/// </summary>
public sealed partial class ExtensionRegistry
{
    private readonly Lock _reloadLock = new();

    // Which found extensions a hot reload may replace: the enabled plugins, unique by name.
    private bool[] _reloadable = [];

    /// <summary>
    /// Whether drop-in plugins are reloaded, while the app runs, when their dll changes: the
    /// <c>EXTENSIONS_HOT_RELOAD</c> configuration key, on by default when <c>DEBUG</c> is on.
    /// Decided when the extensions are loaded.
    /// </summary>
    public bool HotReload => _app.Config.Get<bool?>("EXTENSIONS_HOT_RELOAD", null) ?? _app.Debug;

    /// <summary>Starts watching the enabled plugins' folders; the app does this when it starts serving with <see cref="HotReload"/> on.</summary>
    internal PluginWatchers WatchPlugins()
    {
        var watchers = new PluginWatchers();
        for (var i = 0; i < _reloadable.Length; i++)
        {
            var index = i;
            if (_reloadable[i] && Path.GetDirectoryName(_found[i].PluginPath) is { } folder && Directory.Exists(folder))
            {
                try
                {
                    watchers.Watch(folder, () => Reload(index));
                }
                catch (IOException e)
                {
                    // Such as the system's limit of file watchers: the app still serves, without reloading this one.
                    _app.Logger.LogWarning("Extension {Name} ({Source}) will not be hot-reloaded: {Reason}", _found[i].Name, _found[i].Source, e.Message);
                }
            }
        }
        return watchers;
    }

    /// <summary>Loads the plugin found at <paramref name="index"/> again, and replaces the running version if the new one initialises.</summary>
    internal void Reload(int index)
    {
        lock (_reloadLock)
        {
            var current = _found[index];
            var entry = _entries[index];
            var path = current.PluginPath!;
            ExtensionCandidate? next = null;
            string? error;
            try
            {
                next = PluginFolder.Load(path, Path.GetFileNameWithoutExtension(path), current.Source, unloadable: true);
                error = Replace(current, next);
            }
            catch (Exception e)
            {
                error = Threw(e);
            }
            if (error is null)
            {
                _found[index] = next!;
                current.Loader?.Dispose();
                SetEntry(index, new ExtensionEntry(next!.Name, next.Version, next.Source, ExtensionState.Loaded, null));
                _app.Logger.LogInformation("Extension {Name} ({Source}) was reloaded: version {Version} now serves", next.Name, next.Source, next.Version);
                return;
            }
            next?.Loader?.Dispose();
            if (entry.State == ExtensionState.Loaded)
            {
                SetEntry(index, entry with { ReloadError = error });
                _app.Logger.LogWarning("Extension {Name} ({Source}) was not reloaded, version {Version} keeps serving: {Reason}",
                    entry.Name, entry.Source, entry.Version, error);
            }
            else
            {
                SetEntry(index, entry with { Reason = error });
                _app.Logger.LogWarning("Extension {Name} ({Source}) was not loaded: {Reason}", entry.Name, entry.Source, error);
            }
        }
    }

    /// <summary>Puts <paramref name="next"/> in place of <paramref name="current"/>; returns why it cannot, or null when done.</summary>
    private string? Replace(ExtensionCandidate current, ExtensionCandidate next)
    {
        if (next.Error is { } error)
        {
            return error;
        }
        if (next.Name != current.Name)
        {
            return $"it is now named '{next.Name}' instead of '{current.Name}'; restart the app to load it under its new name";
        }
        if (next.DependsOn.FirstOrDefault(d => !_entries.Any(e => e.Name == d && e.State == ExtensionState.Loaded)) is { } missing)
        {
            return $"needs '{missing}', which is not loaded";
        }
        var extension = (CarafeExtension)Activator.CreateInstance(next.ExtensionType!)!;
        var services = new ServiceCollection();
        extension.ConfigureServices(new ExtensionServicesContext(next.Name, services, _app.Configuration));
        if (services.Count > 0 || _registeringServices.Contains(current.Name))
        {
            // The app's service provider is built once; new types in it would not be the new version's anyway.
            return $"it registers services, which a running app cannot replace; restart the app to load version {next.Version}";
        }
        var registrar = new ExtensionRegistrar(_app, next.Name);
        extension.Initialize(registrar);
        var previous = _registrars.GetValueOrDefault(current.Name);
        _app.Reconfigure(
            () =>
            {
                previous?.Undo();
                registrar.Commit();
            },
            () =>
            {
                registrar.Undo();
                previous?.Commit();
            });
        _registrars[next.Name] = registrar;
        return null;
    }

    private void SetEntry(int index, ExtensionEntry entry)
    {
        var entries = (ExtensionEntry[])_entries.Clone();
        entries[index] = entry;
        _entries = entries;
    }
}
