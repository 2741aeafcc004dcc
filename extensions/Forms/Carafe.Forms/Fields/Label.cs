using Carafe.Forms.Widgets;
using Carafe.Templating;

namespace Carafe.Forms;

/// <summary>
/// A field's label, as WTForms' <c>Label</c>: <c>{{ form.name.label }}</c> renders
/// <c>&lt;label for="name"&gt;Name&lt;/label&gt;</c>, and <c>{{ form.name.label("Other", class_="x") }}</c>
/// changes its text and attributes.
/// </summary>
public sealed class Label : IAttributeSource, IHtml, ITemplateCallable
{
    internal Label(string fieldId, string text)
    {
        FieldId = fieldId;
        Text = text;
    }

    /// <summary>The id of the field it labels.</summary>
    public string FieldId { get; }

    /// <summary>The label's text.</summary>
    public string Text { get; }

    /// <summary>Renders the label with another text and extra attributes.</summary>
    public Markup Render(string? text = null, object? attributes = null) => Render(text, Attributes.From(attributes));

    /// <summary>The label's HTML.</summary>
    public string ToHtml() => Render(null, new Dictionary<string, object?>()).Html;

    /// <summary>The label's HTML, as Python's <c>str(label)</c>.</summary>
    public override string ToString() => ToHtml();

    private Markup Render(string? text, IReadOnlyDictionary<string, object?> attributes)
    {
        var all = new Dictionary<string, object?>(attributes, StringComparer.Ordinal);
        if (all.Remove("for_", out var target))
        {
            all["for"] = target;
        }
        else
        {
            all.TryAdd("for", FieldId);
        }
        return new Markup($"<label {HtmlParams.Render(all)}>{Markup.EscapeText(string.IsNullOrEmpty(text) ? Text : text)}</label>");
    }

    object? ITemplateCallable.Call(IReadOnlyList<object?> arguments, IReadOnlyDictionary<string, object?> keywords)
    {
        var attributes = new Dictionary<string, object?>(keywords, StringComparer.Ordinal);
        object? text = arguments.Count > 0 ? arguments[0] : attributes.Remove("text", out var named) ? named : null;
        return Render(text is null ? null : HtmlParams.Str(text), attributes);
    }

    /// <inheritdoc/>
    public bool TryGetAttribute(string name, out object? value)
    {
        value = name switch
        {
            "text" => Text,
            "field_id" => FieldId,
            _ => null,
        };
        return name is "text" or "field_id";
    }
}
