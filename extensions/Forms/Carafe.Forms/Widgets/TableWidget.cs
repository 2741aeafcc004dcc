namespace Carafe.Forms.Widgets;

/// <summary>
/// WTForms' <c>TableWidget</c>, a nested form's default: a row per subfield, hidden ones carried into
/// the next row's cell (or after the table when they come last).
/// </summary>
internal sealed class TableWidget : Widget
{
    public override string Render(Field field, Dictionary<string, object?> attributes)
    {
        attributes.TryAdd("id", field.Id);
        var html = new System.Text.StringBuilder($"<table {HtmlParams.Render(attributes)}>");
        var hidden = "";
        foreach (var subfield in (IEnumerable<Field>)field)
        {
            if (subfield.Type is "HiddenField" or "CSRFTokenField")
            {
                hidden += subfield.ToHtml();
            }
            else
            {
                html.Append($"<tr><th>{subfield.Label.ToHtml()}</th><td>{hidden}{subfield.ToHtml()}</td></tr>");
                hidden = "";
            }
        }
        return html.Append("</table>").Append(hidden).ToString();
    }
}
