using System.Globalization;
using System.Text.RegularExpressions;

namespace Carafe.Routing;

/// <summary>
/// Parses converter arguments written in Python literal syntax, as Werkzeug's
/// <c>parse_converter_args</c>: <c>apple, 'cherry pie', min=1, max=2.5, signed=True</c>.
/// Bare words are strings; quoted strings lose their quotes; numbers and <c>True</c>,
/// <c>False</c>, <c>None</c> become values.
/// </summary>
internal static partial class ConverterArgumentParser
{
    [GeneratedRegex("""
        \G\s*
        (?:(?<name>\w+)\s*=\s*)?
        (?<value>
            True|False
          | -?\d+\.\d+ | -?\d+\. | -?\d+
          | [\w.]+
          | [urUR]?(?<string>"[^"]*"|'[^']*')
        )\s*,
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex ArgumentRegex();

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> naming what could not be read.</summary>
    public static ConverterArguments Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ConverterArguments.None;
        }
        var positional = new List<object?>();
        var named = new Dictionary<string, object?>(StringComparer.Ordinal);
        var input = text + ",";
        var position = 0;
        while (position < input.Length)
        {
            var match = ArgumentRegex().Match(input, position);
            if (!match.Success)
            {
                throw new FormatException($"cannot parse '{text[Math.Min(position, text.Length)..]}' in '({text})'.");
            }
            var value = match.Groups["string"].Success
                ? match.Groups["string"].Value[1..^1]
                : ToValue(match.Groups["value"].Value);
            if (match.Groups["name"].Success)
            {
                if (!named.TryAdd(match.Groups["name"].Value, value))
                {
                    throw new FormatException($"the argument '{match.Groups["name"].Value}' is given twice in '({text})'.");
                }
            }
            else if (named.Count > 0)
            {
                throw new FormatException($"a positional argument follows a named one in '({text})'.");
            }
            else
            {
                positional.Add(value);
            }
            position += match.Length;
        }
        return new ConverterArguments(positional, named);
    }

    // Python's literal meaning of an unquoted word: a constant, an int, a float or a string.
    private static object? ToValue(string word) => word switch
    {
        "None" => null,
        "True" => true,
        "False" => false,
        _ when long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => integer,
        _ when double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
        _ => word,
    };
}
