namespace Carafe.Templating;

/// <summary>
/// An object that renders itself as safe HTML, as MarkupSafe's <c>__html__</c>: <c>{{ form.name }}</c>
/// writes the field's HTML unescaped, and escaping it (<c>|e</c>, concatenation with markup) keeps it as it is.
/// </summary>
public interface IHtml
{
    /// <summary>The object's HTML, already safe.</summary>
    string ToHtml();
}
