namespace Carafe.Forms.Fields;

/// <summary>WTForms' conversion messages, word for word, and the ones Carafe adds for input WTForms would half-read.</summary>
internal static class Messages
{
    public const string NotAnInteger = "Not a valid integer value.";
    public const string NotADecimal = "Not a valid decimal value.";
    public const string NotAFloat = "Not a valid float value.";
    public const string NotADate = "Not a valid date value.";
    public const string NotADateTime = "Not a valid datetime value.";
    public const string CannotCoerce = "Invalid Choice: could not coerce.";
    public const string CannotCoerceMultiple = "Invalid choice(s): one or more data inputs could not be coerced.";
    public const string NotAChoice = "Not a valid choice.";
    public const string OneValueOnly = "Only one value is allowed for this field.";
    public const string NotText = "Not a valid text value.";
}
