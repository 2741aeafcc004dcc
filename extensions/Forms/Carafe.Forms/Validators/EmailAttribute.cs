using System.Text.RegularExpressions;

namespace Carafe.Forms.Validators;

/// <summary>
/// WTForms' <c>Email</c>: an address of the form <c>local@domain.tld</c> (the syntax email_validator checks,
/// without its deliverability lookups), else <c>Invalid email address.</c>. Its text input renders as
/// <c>type="email"</c>, so the browser checks it too.
/// </summary>
public sealed partial class EmailAttribute : FieldValidatorAttribute
{
    /// <summary>The flag that turns a text input into an email input.</summary>
    internal const string Flag = "email";

    /// <inheritdoc/>
    public override IEnumerable<KeyValuePair<string, object>> FieldFlags => [new(Flag, true)];

    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        if (field.Data is string text && IsValid(text))
        {
            return;
        }
        throw new FieldValidationException(MessageOr("Invalid email address."));
    }

    internal static bool IsValid(string address)
    {
        var at = address.LastIndexOf('@');
        if (at <= 0 || at > 64 || address.Length > 254)
        {
            return false;
        }
        var domain = address[(at + 1)..];
        return LocalPart().IsMatch(address[..at]) && Hostnames.IsValid(domain, requireTld: true) && domain.Contains('.')
            && !domain.Split('.')[^1].All(char.IsAsciiDigit);
    }

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")]
    private static partial Regex LocalPart();
}
