namespace Carafe.Forms.Validators;

/// <summary>WTForms' <c>EqualTo</c>: the data must equal another field's, as a password and its confirmation.</summary>
public sealed class EqualToAttribute : FieldValidatorAttribute
{
    /// <summary>Compares with the field named <paramref name="fieldName"/> (its form name or its property's name).</summary>
    public EqualToAttribute(string fieldName) => FieldName = fieldName;

    /// <summary>The other field's name.</summary>
    public string FieldName { get; }

    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        if (!form.TryGetField(FieldName, out var other))
        {
            throw new FieldValidationException($"Invalid field name '{FieldName}'.");
        }
        if (Equals(field.Data, other.Data))
        {
            return;
        }
        throw new FieldValidationException(MessageOr("Field must be equal to %(other_name)s.", new Dictionary<string, object?>
        {
            ["other_label"] = other.Label.Text,
            ["other_name"] = FieldName,
        }));
    }
}
