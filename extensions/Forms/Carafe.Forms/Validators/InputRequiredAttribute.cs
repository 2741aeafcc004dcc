using Carafe.Forms.Widgets;

namespace Carafe.Forms.Validators;

/// <summary>
/// WTForms' <c>InputRequired</c>: the client must have sent a non-empty value, whatever it converts to
/// (so <c>0</c> passes), else <c>This field is required.</c> and the chain stops. Sets <c>required</c>.
/// </summary>
public sealed class InputRequiredAttribute : FieldValidatorAttribute
{
    /// <inheritdoc/>
    public override IEnumerable<KeyValuePair<string, object>> FieldFlags => [new("required", true)];

    internal override bool RunsFirst => true;

    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        if (field.RawData.Count > 0 && PythonTruth.IsTrue(field.RawData[0]))
        {
            return;
        }
        field.ClearErrors();
        throw new StopValidationException(MessageOr("This field is required."));
    }
}
