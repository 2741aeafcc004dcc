namespace Carafe.Bench.Templates;

/// <summary>A page compiled by one engine, ready to render.</summary>
public interface ICompiledPage
{
    /// <summary>Renders the page with the given data, escaping as HTML.</summary>
    string Render(PageData data);
}
