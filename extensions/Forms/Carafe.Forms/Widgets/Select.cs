using Carafe.Forms.Fields;
using Carafe.Templating;

namespace Carafe.Forms.Widgets;

/// <summary>WTForms' <c>Select</c>: a select with its options, in optgroups when the choices are grouped.</summary>
internal sealed class Select(bool multiple) : Widget
{
    public override string Render(Field field, Dictionary<string, object?> attributes)
    {
        var choices = (ChoiceField)field;
        attributes.TryAdd("id", field.Id);
        if (multiple)
        {
            attributes["multiple"] = true;
        }
        AddFlags(field, attributes);
        attributes["name"] = field.Name;
        var html = new System.Text.StringBuilder($"<select {HtmlParams.Render(attributes)}>");
        if (choices.HasGroups)
        {
            foreach (var group in (choices.Choices ?? []).GroupBy(c => c.Group))
            {
                html.Append($"<optgroup {HtmlParams.Render([new("label", group.Key)])}>");
                foreach (var choice in group)
                {
                    html.Append(RenderOption(choice.Value, choice.Label, choices.IsSelected(choice), []));
                }
                html.Append("</optgroup>");
            }
        }
        else
        {
            foreach (var choice in choices.Choices ?? [])
            {
                html.Append(RenderOption(choice.Value, choice.Label, choices.IsSelected(choice), []));
            }
        }
        return html.Append("</select>").ToString();
    }

    public static string RenderOption(string value, string label, bool selected, Dictionary<string, object?> attributes)
    {
        var options = new Dictionary<string, object?>(attributes, StringComparer.Ordinal) { ["value"] = value };
        if (selected)
        {
            options["selected"] = true;
        }
        return $"<option {HtmlParams.Render(options)}>{Markup.EscapeText(label)}</option>";
    }
}
