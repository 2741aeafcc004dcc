using System.Text.RegularExpressions;

namespace Carafe.Routing;

/// <summary>
/// Splits a rule pattern such as <c>/post/&lt;int(min=1):post_id&gt;/edit</c> into
/// <see cref="RuleToken"/>s, with Werkzeug's syntax: static text may hold anything but
/// <c>&lt;</c> and <c>/</c>; converter and variable names are Python identifiers.
/// </summary>
internal static partial class RulePatternParser
{
    [GeneratedRegex("""
        \G(?:
            (?<slash>/)
          | (?<static>[^</]+)
          | <(?:(?<converter>[a-zA-Z_][a-zA-Z0-9_]*)(?:\((?<arguments>.*?)\))?:)?(?<variable>[a-zA-Z_][a-zA-Z0-9_]*)>
        )
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();

    public static IReadOnlyList<RuleToken> Parse(string pattern)
    {
        var tokens = new List<RuleToken>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        while (position < pattern.Length)
        {
            var match = TokenRegex().Match(pattern, position);
            if (!match.Success)
            {
                throw new ArgumentException(
                    $"The URL rule '{pattern}' is malformed at '{pattern[position..]}': variables are written <name> or <converter(arguments):name>.");
            }
            if (match.Groups["slash"].Success)
            {
                tokens.Add(SlashToken.Instance);
            }
            else if (match.Groups["static"].Success)
            {
                tokens.Add(new StaticToken(match.Value));
            }
            else
            {
                var name = match.Groups["variable"].Value;
                if (!names.Add(name))
                {
                    throw new ArgumentException($"The URL rule '{pattern}' uses the variable name '{name}' twice.");
                }
                var converter = match.Groups["converter"].Success ? match.Groups["converter"].Value : "default";
                var arguments = match.Groups["arguments"].Success
                    ? ParseArguments(pattern, match.Groups["arguments"].Value)
                    : ConverterArguments.None;
                tokens.Add(new VariableToken(name, converter, arguments));
            }
            position += match.Length;
        }
        return tokens;
    }

    private static ConverterArguments ParseArguments(string pattern, string text)
    {
        try
        {
            return ConverterArgumentParser.Parse(text);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"The URL rule '{pattern}' has bad converter arguments: {e.Message}", e);
        }
    }
}
