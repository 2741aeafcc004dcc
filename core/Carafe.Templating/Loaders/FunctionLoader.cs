namespace Carafe.Templating;

/// <summary>Templates from a function of the name, returning the source or null when there is none.</summary>
public sealed class FunctionLoader : ITemplateLoader
{
    private readonly Func<string, string?> _load;

    /// <summary>Creates the loader over <paramref name="load"/>.</summary>
    public FunctionLoader(Func<string, string?> load) => _load = load;

    /// <inheritdoc/>
    public TemplateSource? GetSource(string name) => _load(name) is { } text ? new TemplateSource(text) : null;
}
