using System.Globalization;
using System.Text.RegularExpressions;

namespace Carafe.Http;

/// <summary>Python's <c>int(text)</c> for the header fields Werkzeug reads with it.</summary>
internal static partial class PythonInt
{
    /// <summary>
    /// Parses surrounding whitespace, an optional sign and ASCII digits with single underscores
    /// between them, as <c>int()</c> does; false where Python raises or the value exceeds a <see cref="long"/>.
    /// </summary>
    public static bool TryParse(string text, out long value)
    {
        value = 0;
        var trimmed = text.Trim();
        return Pattern().IsMatch(trimmed)
            && long.TryParse(trimmed.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^[+-]?[0-9]+(_[0-9]+)*\z")]
    private static partial Regex Pattern();
}
