using Carafe.Forms.Widgets;

namespace Carafe.Forms.Fields;

/// <summary>One choice of a select or radio field as a subfield (WTForms' <c>_Option</c>): its own id, the field's name, the choice's value.</summary>
internal sealed class OptionField : Field
{
    public OptionField(FieldDefinition definition, string id, string name, Widget widget, string value, bool isChecked)
        : base(definition, "", "_Option", widget, id, name)
    {
        Data = value;
        Checked = isChecked;
    }

    public bool Checked { get; }

    public override bool TryGetAttribute(string name, out object? value)
    {
        if (name == "checked")
        {
            value = Checked;
            return true;
        }
        return base.TryGetAttribute(name, out value);
    }
}
