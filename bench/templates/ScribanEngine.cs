using Scriban;

namespace Carafe.Bench.Templates;

/// <summary>Scriban, which does not autoescape: its templates pipe each value through html.escape.</summary>
public sealed class ScribanEngine : TemplateEngine
{
    /// <inheritdoc />
    public override string Name => "Scriban";

    /// <inheritdoc />
    public override string Extension => "scriban";

    /// <inheritdoc />
    public override ICompiledPage Compile(string source)
    {
        var template = Template.Parse(source);
        if (template.HasErrors)
        {
            throw new InvalidOperationException("Scriban: " + string.Join("; ", template.Messages));
        }

        return new Page(template);
    }

    // Scriban's default member renamer gives .NET members snake_case names, as in the Jinja pages.
    private sealed class Page(Template template) : ICompiledPage
    {
        public string Render(PageData data) => template.Render(data);
    }
}
