namespace Carafe.Templating;

/// <summary>Routes <c>prefix/name</c> to the loader registered for <c>prefix</c> (one per blueprint or extension).</summary>
public sealed class PrefixLoader : ITemplateLoader
{
    private readonly IReadOnlyDictionary<string, ITemplateLoader> _loaders;
    private readonly string _delimiter;

    /// <summary>Creates the loader; the prefix is what comes before the first <paramref name="delimiter"/>.</summary>
    public PrefixLoader(IReadOnlyDictionary<string, ITemplateLoader> loaders, string delimiter = "/")
    {
        _loaders = loaders;
        _delimiter = delimiter;
    }

    /// <inheritdoc/>
    public TemplateSource? GetSource(string name)
    {
        int at = name.IndexOf(_delimiter, StringComparison.Ordinal);
        if (at < 0 || !_loaders.TryGetValue(name[..at], out var loader)) return null;
        return loader.GetSource(name[(at + _delimiter.Length)..]);
    }
}
