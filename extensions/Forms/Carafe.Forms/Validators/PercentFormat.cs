using System.Globalization;
using System.Text.RegularExpressions;
using Carafe.Forms.Widgets;

namespace Carafe.Forms.Validators;

/// <summary>Python's <c>message % dict(...)</c> for validator messages: <c>%(name)s</c>, <c>%(name)d</c> and <c>%%</c>.</summary>
internal static partial class PercentFormat
{
    public static string Apply(string message, IReadOnlyDictionary<string, object?>? values) => values is null
        ? message
        : Placeholder().Replace(message, match => match.Value == "%%" ? "%"
            : values.TryGetValue(match.Groups["name"].Value, out var value)
                ? match.Groups["kind"].Value == "d" ? Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : HtmlParams.Str(value)
                : match.Value);

    [GeneratedRegex(@"%%|%\((?<name>\w+)\)(?<kind>[sd])")]
    private static partial Regex Placeholder();
}
