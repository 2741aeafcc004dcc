namespace Carafe.Forms.Widgets;

/// <summary>WTForms' <c>ListWidget</c>: subfields as <c>&lt;li&gt;</c> items, the label before (or after, for radios) each.</summary>
internal sealed class ListWidget(bool prefixLabel = true) : Widget
{
    public override string Render(Field field, Dictionary<string, object?> attributes)
    {
        attributes.TryAdd("id", field.Id);
        var html = new System.Text.StringBuilder($"<ul {HtmlParams.Render(attributes)}>");
        foreach (var subfield in (IEnumerable<Field>)field)
        {
            html.Append(prefixLabel
                ? $"<li>{subfield.Label.ToHtml()} {subfield.ToHtml()}</li>"
                : $"<li>{subfield.ToHtml()} {subfield.Label.ToHtml()}</li>");
        }
        return html.Append("</ul>").ToString();
    }
}
