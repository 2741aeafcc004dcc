using System.Text.RegularExpressions;

namespace Carafe.Forms.Validators;

/// <summary>WTForms' <c>URL</c>: <c>scheme://host[:port][/path][?query]</c> with a valid host name (or IP), else <c>Invalid URL.</c>.</summary>
public sealed partial class UrlAttribute : FieldValidatorAttribute
{
    /// <summary>Whether the host must end in a TLD (so <c>localhost</c> fails); true by default.</summary>
    public bool RequireTld { get; set; } = true;

    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        var match = Pattern().Match(field.Data as string ?? "");
        if (match.Success && Hostnames.IsValid(match.Groups["host"].Value, RequireTld, allowIp: true))
        {
            return;
        }
        throw new FieldValidationException(MessageOr("Invalid URL."));
    }

    [GeneratedRegex(@"^[a-z]+://(?<host>[^\/\?:]+)(?<port>:[0-9]+)?(?<path>\/.*?)?(?<query>\?.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
