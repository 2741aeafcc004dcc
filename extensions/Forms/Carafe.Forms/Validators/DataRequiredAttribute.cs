using Carafe.Forms.Widgets;

namespace Carafe.Forms.Validators;

/// <summary>
/// WTForms' <c>DataRequired</c>: the converted data must be true in Python's sense (not empty, not only
/// whitespace, not zero), else <c>This field is required.</c> and the chain stops. Sets <c>required</c>.
/// </summary>
public class DataRequiredAttribute : FieldValidatorAttribute
{
    /// <inheritdoc/>
    public override IEnumerable<KeyValuePair<string, object>> FieldFlags => [new("required", true)];

    internal override bool RunsFirst => true;

    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        if (PythonTruth.IsTrue(field.Data) && (field.Data is not string text || text.Trim().Length > 0))
        {
            return;
        }
        field.ClearErrors();
        throw new StopValidationException(MessageOr("This field is required."));
    }
}
