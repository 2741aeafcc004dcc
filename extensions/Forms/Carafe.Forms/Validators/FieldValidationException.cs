namespace Carafe.Forms;

/// <summary>
/// Raised by a validator when the field's data is not valid, as WTForms' <c>ValidationError</c>: the
/// message is added to the field's errors and the next validators still run.
/// </summary>
public class FieldValidationException : Exception
{
    /// <summary>Creates the error with the message shown next to the field.</summary>
    public FieldValidationException(string message) : base(message)
    {
    }
}
