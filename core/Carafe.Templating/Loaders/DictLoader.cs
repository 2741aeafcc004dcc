namespace Carafe.Templating;

/// <summary>Templates from a dictionary of name to source, handy for tests and small apps.</summary>
public sealed class DictLoader : ITemplateLoader
{
    private readonly IReadOnlyDictionary<string, string> _templates;

    /// <summary>Creates the loader over a name-to-source mapping, which it keeps as it is (later changes are seen).</summary>
    public DictLoader(IReadOnlyDictionary<string, string> templates) => _templates = templates;

    /// <inheritdoc/>
    public TemplateSource? GetSource(string name)
    {
        if (!_templates.TryGetValue(name, out var text)) return null;
        return new TemplateSource(text, null, () => _templates.TryGetValue(name, out var current) && ReferenceEquals(current, text));
    }
}
