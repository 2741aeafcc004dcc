namespace Carafe.Extensions;

/// <summary>
/// Watches plugin folders for changed <c>.dll</c> files, and calls back once a folder has been
/// quiet for a moment, so that a build writing several files causes one reload. McMaster's own
/// hot reload is not used: it unloads the running version before the new one is known to work.
/// </summary>
internal sealed class PluginWatchers : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);
    private readonly List<IDisposable> _watching = [];

    /// <summary>Calls <paramref name="changed"/> (on a pool thread) after the dlls in <paramref name="folder"/> change.</summary>
    public void Watch(string folder, Action changed)
    {
        var timer = new Timer(_ => changed(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var watcher = new FileSystemWatcher(folder, "*.dll") { NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size };
        _watching.Add(watcher);
        _watching.Add(timer);
        // Replacing a file may write it in place, or move a new one over it.
        FileSystemEventHandler restart = (_, _) =>
        {
            try
            {
                timer.Change(Quiet, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // A change seen while the app stops.
            }
        };
        watcher.Changed += restart;
        watcher.Created += restart;
        watcher.Renamed += (sender, e) => restart(sender, e);
        watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        foreach (var watching in _watching)
        {
            watching.Dispose();
        }
    }
}
