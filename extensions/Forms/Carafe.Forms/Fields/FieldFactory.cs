using Carafe.Forms.Widgets;

namespace Carafe.Forms.Fields;

/// <summary>Makes the field a definition declares, with WTForms' class name and widget.</summary>
internal static class FieldFactory
{
    private static readonly TextInput Text = new();
    private static readonly TextArea Area = new();
    private static readonly PasswordInput Password = new();
    private static readonly HiddenInput Hidden = new();
    private static readonly CheckboxInput Checkbox = new();
    private static readonly SubmitInput Submit = new();

    public static Field Create(FieldDefinition definition, string prefix, string? id = null, string? name = null) => definition.Kind switch
    {
        FieldKind.String => new StringField(definition, prefix, "StringField", Text, id, name),
        FieldKind.TextArea => new StringField(definition, prefix, "TextAreaField", Area, id, name),
        FieldKind.Password => new StringField(definition, prefix, "PasswordField", Password, id, name),
        FieldKind.Hidden => new StringField(definition, prefix, "HiddenField", Hidden, id, name),
        FieldKind.Boolean => new BooleanField(definition, prefix, "BooleanField", Checkbox, id, name),
        FieldKind.Submit => new BooleanField(definition, prefix, "SubmitField", Submit, id, name),
        FieldKind.Integer or FieldKind.Decimal or FieldKind.Float => new NumberField(definition, prefix, id, name),
        FieldKind.Date or FieldKind.DateTime or FieldKind.DateTimeLocal => new DateTimeField(definition, prefix, id, name),
        FieldKind.Select or FieldKind.SelectMultiple or FieldKind.Radio => new ChoiceField(definition, prefix, id, name),
        FieldKind.File or FieldKind.MultipleFile => new FileField(definition, prefix, id, name),
        FieldKind.FieldList => new FieldList(definition, prefix, id, name),
        _ => new FormField(definition, prefix, id, name),
    };
}
