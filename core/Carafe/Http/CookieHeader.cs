using System.Text;
using System.Text.RegularExpressions;

namespace Carafe.Http;

/// <summary>
/// <c>Set-Cookie</c> values written and <c>Cookie</c> headers read as Werkzeug 2.2 does
/// (<c>dump_cookie</c> and <c>parse_cookie</c>): values outside the cookie-safe set are quoted
/// with octal escapes (<c>hello world;x</c> is written <c>"hello world\073x"</c>), and reading
/// undoes that.
/// </summary>
internal static partial class CookieHeader
{
    /// <summary>
    /// The value of a <c>Set-Cookie</c> header, attributes in Werkzeug's order:
    /// <c>name=value; Domain=...; Expires=...; Max-Age=...; Secure; HttpOnly; Path=...; SameSite=...</c>.
    /// A <paramref name="maxAge"/> without <paramref name="expires"/> also sets Expires to
    /// <paramref name="now"/> (the current time when null) plus the age. The result carries
    /// non-ASCII bytes as Latin-1 characters, as WSGI headers do.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="sameSite"/> is not Strict, Lax or None, <paramref name="domain"/> has no dot, or
    /// <paramref name="name"/> holds a line break (Werkzeug refuses such a header).
    /// </exception>
    public static string Format(
        string name,
        string value,
        TimeSpan? maxAge = null,
        DateTimeOffset? expires = null,
        string? path = "/",
        string? domain = null,
        bool secure = false,
        bool httpOnly = false,
        string? sameSite = null,
        DateTimeOffset? now = null)
    {
        var parts = new List<string> { Latin1(Encoding.UTF8.GetBytes(name)) + "=" + Quote(value) };
        if (domain is not null)
        {
            parts.Add("Domain=" + Quote(CookieDomain(domain)));
        }

        long? maxAgeSeconds = maxAge is { } age ? (long)age.TotalSeconds : null;
        if (expires is { } at)
        {
            parts.Add("Expires=" + HttpDate.Format(at));
        }
        else if (maxAgeSeconds is { } seconds)
        {
            parts.Add("Expires=" + HttpDate.Format((now ?? DateTimeOffset.UtcNow).AddSeconds(seconds)));
        }
        if (maxAgeSeconds is { } maxAgeValue)
        {
            parts.Add("Max-Age=" + maxAgeValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (secure)
        {
            parts.Add("Secure");
        }
        if (httpOnly)
        {
            parts.Add("HttpOnly");
        }
        if (path is not null)
        {
            parts.Add("Path=" + Iri.ToUri(path, safeConversion: false));
        }
        if (sameSite is not null)
        {
            parts.Add("SameSite=" + SameSite(sameSite));
        }
        var header = string.Join("; ", parts);
        return header.AsSpan().IndexOfAny('\r', '\n') < 0
            ? header
            : throw new ArgumentException($"The cookie name '{name.ReplaceLineEndings(" ")}' contains a line break, which would inject a header.", nameof(name));
    }

    /// <summary>The <c>Set-Cookie</c> value that deletes a cookie: empty, expired at the epoch, <c>Max-Age=0</c>.</summary>
    public static string FormatDeletion(string name, string? path = "/", string? domain = null, bool secure = false, bool httpOnly = false, string? sameSite = null) =>
        Format(name, "", TimeSpan.Zero, DateTimeOffset.UnixEpoch, path, domain, secure, httpOnly, sameSite);

    /// <summary>
    /// Parses a <c>Cookie</c> header (several headers joined with <c>;</c>) into name → value, the
    /// first of repeated names winning; quoted values are unquoted and octal escapes decoded.
    /// Pairs without a name are dropped; a name without <c>=</c> has the value <c>""</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Parse(string? cookieHeader)
    {
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(cookieHeader))
        {
            return cookies;
        }

        // Werkzeug matches its pattern on bytes; one Latin-1 char per byte keeps that exact.
        var bytes = Latin1(Encoding.UTF8.GetBytes(cookieHeader));
        var input = bytes + ";";
        var position = 0;
        while (position < bytes.Length)
        {
            var match = Pair().Match(input, position);
            if (!match.Success)
            {
                break;
            }
            position = match.Index + match.Length;
            var key = match.Groups["key"].Value.Trim(' ', '\t', '\n', '\v', '\f', '\r');
            if (key.Length == 0)
            {
                continue;
            }
            cookies.TryAdd(Utf8(key), Utf8(Unquote(match.Groups["val"].Value)));
        }
        return cookies;
    }

    // Werkzeug's _legal_cookie_chars.
    private static bool IsLegal(byte b) =>
        char.IsAsciiLetterOrDigit((char)b) || "/=!#$%&'*+-.^_`|~:".Contains((char)b);

    // Werkzeug's _cookie_quote: quoted only when some byte is not legal.
    private static string Quote(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        if (bytes.All(IsLegal))
        {
            return Latin1(bytes);
        }
        var quoted = new StringBuilder(bytes.Length + 8).Append('"');
        foreach (var b in bytes)
        {
            if (IsLegal(b))
            {
                quoted.Append((char)b);
                continue;
            }
            quoted.Append(b switch
            {
                (byte)'"' => "\\\"",
                (byte)'\\' => "\\\\",
                (byte)',' or (byte)';' or < 32 or >= 127 => "\\" + Convert.ToString(b, 8).PadLeft(3, '0'),
                _ => ((char)b).ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    // Werkzeug's _cookie_unquote on a Latin-1 string of bytes: \ooo octal escapes and \x escapes.
    private static string Unquote(string value)
    {
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
        {
            return value;
        }
        var inner = value[1..^1];
        var result = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            if (inner[i] != '\\' || i + 1 >= inner.Length || inner[i + 1] == '\n')
            {
                result.Append(inner[i]);
                continue;
            }
            if (i + 3 < inner.Length && IsOctalEscape(inner, i))
            {
                result.Append((char)Convert.ToInt32(inner.Substring(i + 1, 3), 8));
                i += 3;
            }
            else
            {
                result.Append(inner[i + 1]);
                i++;
            }
        }
        return result.ToString();
    }

    private static bool IsOctalEscape(string text, int backslash) =>
        text[backslash + 1] is >= '0' and <= '3' && text[backslash + 2] is >= '0' and <= '7' && text[backslash + 3] is >= '0' and <= '7';

    private static string CookieDomain(string domain)
    {
        var ascii = Iri.EncodeIdna(domain);
        var colon = ascii.IndexOf(':');
        if (colon >= 0)
        {
            ascii = ascii[..colon];
        }
        return ascii.Contains('.')
            ? ascii
            : throw new ArgumentException(
                $"Setting 'domain' for a cookie on a server running locally (ex: localhost) is not supported by complying browsers. Use a domain with a dot, such as 'dev.localhost', instead of '{domain}'.",
                nameof(domain));
    }

    private static string SameSite(string sameSite)
    {
        var title = sameSite.Length == 0 ? sameSite : char.ToUpperInvariant(sameSite[0]) + sameSite[1..].ToLowerInvariant();
        return title is "Strict" or "Lax" or "None"
            ? title
            : throw new ArgumentException($"SameSite must be 'Strict', 'Lax', or 'None', not '{sameSite}'.", nameof(sameSite));
    }

    private static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    private static string Utf8(string latin1) => Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(latin1));

    // Werkzeug's _cookie_re, with \s narrowed to the ASCII whitespace that Python's bytes patterns mean.
    [GeneratedRegex("""\G(?<key>[^=;]*)(?:[ \t\n\r\f\v]*=[ \t\n\r\f\v]*(?<val>"(?:[^\\"]|\\.)*"|(?:.*?)))?[ \t\n\r\f\v]*;""")]
    private static partial Regex Pair();
}
