namespace Carafe.Templating;

/// <summary>Finds template source by name (Jinja's <c>BaseLoader</c>).</summary>
public interface ITemplateLoader
{
    /// <summary>The source of the template called <paramref name="name"/>, or null when this loader has none.</summary>
    TemplateSource? GetSource(string name);
}
