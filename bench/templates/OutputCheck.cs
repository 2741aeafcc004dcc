using System.Net;
using System.Text.RegularExpressions;

namespace Carafe.Bench.Templates;

/// <summary>
/// Checks, before anything is measured, that every engine renders what Jinja2 renders (expected/*.html,
/// written by jinja2_bench.py). Engines spell entities differently (<c>&amp;#39;</c>, <c>&amp;#x27;</c>):
/// entities are compared by the character they stand for, and the five HTML-special characters must be
/// escaped where Jinja2 escapes them. A Jinja2-compatible engine must match byte for byte.
/// </summary>
internal static partial class OutputCheck
{
    /// <summary>Null when the output matches, else what differs first.</summary>
    public static string? Compare(string expected, string actual, bool byteForByte)
    {
        if (!byteForByte)
        {
            expected = CanonicalEntities(expected);
            actual = CanonicalEntities(actual);
        }

        if (expected == actual)
        {
            return null;
        }

        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        return $"differs at character {at}: expected \"{Excerpt(expected, at)}\", got \"{Excerpt(actual, at)}\"";
    }

    private static string CanonicalEntities(string html) =>
        Entity().Replace(html, match =>
        {
            var character = WebUtility.HtmlDecode(match.Value);
            return character is "&" or "<" or ">" or "\"" or "'" ? $"&#{(int)character[0]};" : character;
        });

    private static string Excerpt(string text, int at) =>
        text.Substring(Math.Max(0, at - 20), Math.Min(text.Length, at + 20) - Math.Max(0, at - 20));

    [GeneratedRegex("&(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);")]
    private static partial Regex Entity();
}
