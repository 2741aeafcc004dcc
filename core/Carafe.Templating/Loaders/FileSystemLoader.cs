namespace Carafe.Templating;

/// <summary>
/// Templates from folders on disk, searched in order. Names use <c>/</c> and may not climb out of a folder with
/// <c>..</c>. A loaded template reports itself stale when its file's modification time changes, so an environment
/// with <see cref="Environment.AutoReload"/> picks up edits.
/// </summary>
public sealed class FileSystemLoader : ITemplateLoader
{
    private readonly IReadOnlyList<string> _searchPaths;

    /// <summary>Creates the loader over one or more folders.</summary>
    public FileSystemLoader(params string[] searchPaths) => _searchPaths = searchPaths.Select(Path.GetFullPath).ToList();

    /// <summary>The folders searched, in order.</summary>
    public IReadOnlyList<string> SearchPaths => _searchPaths;

    /// <inheritdoc/>
    public TemplateSource? GetSource(string name)
    {
        var pieces = name.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Any(p => p == ".." || p.Contains('\\') || p.Contains(Path.DirectorySeparatorChar))) return null;
        foreach (var root in _searchPaths)
        {
            var path = Path.Combine([root, .. pieces.Where(p => p != ".")]);
            if (!File.Exists(path)) continue;
            var modified = File.GetLastWriteTimeUtc(path);
            return new TemplateSource(File.ReadAllText(path), path, () => File.Exists(path) && File.GetLastWriteTimeUtc(path) == modified);
        }
        return null;
    }
}
