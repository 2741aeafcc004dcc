using System.Text.RegularExpressions;

namespace Carafe.Forms.Validators;

/// <summary>
/// WTForms' <c>Regexp</c>: the text must match <see cref="Pattern"/> from its start (Python's <c>re.match</c>),
/// else <c>Invalid input.</c>. The same rule goes to the browser as a <c>pattern</c> attribute.
/// </summary>
public sealed class RegexpAttribute : FieldValidatorAttribute
{
    private readonly Regex _regex;

    /// <summary>Validates with <paramref name="pattern"/>, a .NET regular expression.</summary>
    public RegexpAttribute(string pattern)
    {
        Pattern = pattern;
        _regex = new Regex(@"\A(?:" + pattern + ")", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The regular expression.</summary>
    public string Pattern { get; }

    /// <inheritdoc/>
    public override IEnumerable<KeyValuePair<string, object>> FieldFlags => [new("pattern", BrowserPattern())];

    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        bool matches;
        try
        {
            matches = _regex.IsMatch(field.Data as string ?? "");
        }
        catch (RegexMatchTimeoutException)
        {
            // Input crafted to make the pattern backtrack for ever is not valid input.
            matches = false;
        }
        if (!matches)
        {
            throw new FieldValidationException(MessageOr("Invalid input."));
        }
    }

    // The browser matches a pattern against the whole value; re.match only anchors the start.
    private string BrowserPattern()
    {
        var pattern = Pattern.StartsWith('^') ? Pattern[1..] : Pattern;
        return pattern.EndsWith('$') && !pattern.EndsWith("\\$", StringComparison.Ordinal) ? pattern[..^1] : "(?:" + pattern + ").*";
    }
}
