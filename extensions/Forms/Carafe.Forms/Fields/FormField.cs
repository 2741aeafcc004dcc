using System.Collections;
using Carafe.Forms.Binding;
using Carafe.Forms.Widgets;

namespace Carafe.Forms.Fields;

/// <summary>
/// WTForms' <c>FormField</c>: a property whose type is a class becomes a nested form whose fields are
/// named <c>address-city</c>; <c>form.address.city</c> reaches them in templates.
/// </summary>
internal sealed class FormField(FieldDefinition definition, string prefix, string? id = null, string? name = null)
    : Field(definition, prefix, "FormField", new TableWidget(), id, name), IEnumerable<Field>
{
    public NestedForm? Form { get; private set; }

    internal override void Process(FormData? formData, object? objectData, bool hasObjectData) =>
        Form = new NestedForm(Definition.Nested!, Name + "-", formData, objectData);

    internal override bool Validate(Form form) => Form!.ValidateFields();

    internal override IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> AllErrors() => Form!.Errors;

    internal override object? PropertyValue() => Form!.BuildObject();

    internal override string Value() => "";

    public IEnumerator<Field> GetEnumerator() => Form!.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override bool TryGetAttribute(string name, out object? value)
    {
        if (name == "form")
        {
            value = Form;
            return true;
        }
        return base.TryGetAttribute(name, out value) || Form!.TryGetAttribute(name, out value);
    }
}
