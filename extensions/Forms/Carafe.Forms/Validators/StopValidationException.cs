namespace Carafe.Forms;

/// <summary>
/// Raised by a validator to stop the field's validation chain, as WTForms' <c>StopValidation</c>: its
/// message, when not empty, is added to the field's errors and no further validator runs.
/// </summary>
public sealed class StopValidationException : Exception
{
    /// <summary>Stops the chain, adding <paramref name="message"/> unless it is empty.</summary>
    public StopValidationException(string message = "") : base(message)
    {
    }
}
