using Carafe.Templating;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Carafe.Routing;

/// <summary>
/// How Werkzeug writes values into URLs: Python's <c>str()</c> of the value, then
/// UTF-8 percent-encoding of every byte outside a safe set. Converters use it to
/// implement <see cref="RouteConverter.ToUrl"/>.
/// </summary>
public static class UrlEncoding
{
    // Werkzeug's always-safe bytes: RFC 3986 unreserved plus the sub-delimiters that are
    // not query delimiters.
    private const string AlwaysSafe =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~$!'()*+,;";

    private const string HexDigits = "0123456789ABCDEF";

    /// <summary>
    /// Python's <c>str(value)</c>: <c>None</c>, <c>True</c>/<c>False</c>, integers in full,
    /// floats as Python prints them (<c>2.0</c>, <c>1e+20</c>), GUIDs in lower case.
    /// Other values use their invariant-culture text.
    /// </summary>
    public static string ToPythonString(object? value) => value switch
    {
        null => "None",
        string text => text,
        bool flag => flag ? "True" : "False",
        double number => PythonFormat.FloatRepr(number),
        float number => PythonFormat.FloatRepr(number),
        Guid guid => guid.ToString("D"),
        BigInteger number => number.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Percent-encodes <paramref name="text"/> as UTF-8, keeping letters, digits,
    /// <c>-._~$!'()*+,;</c> and the characters in <paramref name="safe"/>, as Werkzeug's
    /// <c>url_quote</c> (whose default <paramref name="safe"/> is <c>/:</c>).
    /// </summary>
    public static string Quote(string text, string safe = "/:") => Encode(text, safe, spaceAsPlus: false);

    /// <summary>
    /// Percent-encodes a query-string key or value as Werkzeug's <c>url_quote_plus</c>:
    /// like <see cref="Quote"/> with no extra safe characters, <c>+</c> encoded and spaces
    /// written as <c>+</c>.
    /// </summary>
    public static string QuotePlus(string text) => Encode(text, "", spaceAsPlus: true);

    private static string Encode(string text, string safe, bool spaceAsPlus)
    {
        if (IsAllSafe(text, safe, spaceAsPlus))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128 && IsSafe(c, safe, spaceAsPlus))
            {
                builder.Append(spaceAsPlus && c == ' ' ? '+' : c);
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? Encoding.UTF8.GetBytes(text.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(text.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length])
            {
                builder.Append('%').Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
            }
        }
        return builder.ToString();
    }

    private static bool IsAllSafe(string text, string safe, bool spaceAsPlus)
    {
        foreach (var c in text)
        {
            if (c >= 128 || c == ' ' || !IsSafe(c, safe, spaceAsPlus))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsSafe(char c, string safe, bool spaceAsPlus) => spaceAsPlus
        ? c == ' ' || (c != '+' && AlwaysSafe.Contains(c))
        : AlwaysSafe.Contains(c) || safe.Contains(c);
}
