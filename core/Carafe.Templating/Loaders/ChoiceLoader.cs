namespace Carafe.Templating;

/// <summary>Asks several loaders in turn and uses the first that has the template (an app's folder, then extensions').</summary>
public sealed class ChoiceLoader : ITemplateLoader
{
    private readonly IReadOnlyList<ITemplateLoader> _loaders;

    /// <summary>Creates the loader over <paramref name="loaders"/>, asked in this order.</summary>
    public ChoiceLoader(IEnumerable<ITemplateLoader> loaders) => _loaders = loaders.ToList();

    /// <inheritdoc/>
    public TemplateSource? GetSource(string name)
    {
        foreach (var loader in _loaders)
            if (loader.GetSource(name) is { } source) return source;
        return null;
    }
}
