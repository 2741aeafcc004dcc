using Carafe.Forms.Widgets;

namespace Carafe.Forms.Fields;

/// <summary>WTForms' <c>StringField</c> and its kinds (<c>TextAreaField</c>, <c>PasswordField</c>, <c>HiddenField</c>): text as sent.</summary>
internal sealed class StringField(FieldDefinition definition, string prefix, string typeName, Widget widget, string? id = null, string? name = null)
    : Field(definition, prefix, typeName, widget, id, name)
{
    private protected override bool SingleValued => true;

    private protected override void ProcessFormData(IReadOnlyList<object> values)
    {
        if (values.Count > 0)
        {
            Data = values[0] as string ?? throw new RefusedInputException(Messages.NotText);
        }
    }
}
