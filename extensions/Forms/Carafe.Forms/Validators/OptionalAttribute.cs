namespace Carafe.Forms.Validators;

/// <summary>
/// WTForms' <c>Optional</c>: when nothing (or only whitespace) was sent, the field's errors are cleared and
/// no other validator runs. Sets <c>optional</c>.
/// </summary>
public sealed class OptionalAttribute : FieldValidatorAttribute
{
    /// <summary>Whether input of only whitespace counts as none; true by default.</summary>
    public bool StripWhitespace { get; set; } = true;

    /// <inheritdoc/>
    public override IEnumerable<KeyValuePair<string, object>> FieldFlags => [new("optional", true)];

    internal override bool RunsFirst => true;

    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        if (field.RawData.Count == 0 || field.RawData[0] is string text && (StripWhitespace ? text.Trim() : text).Length == 0)
        {
            field.ClearErrors();
            throw new StopValidationException();
        }
    }
}
