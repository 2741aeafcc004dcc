using System.Text;

namespace Carafe.Http;

/// <summary>
/// Decoding of request paths, query strings and urlencoded form bodies as Werkzeug does it:
/// percent escapes become UTF-8 bytes, a bad escape (<c>%zz</c>, a lone <c>%</c>) stays as
/// written, and each invalid UTF-8 sequence becomes U+FFFD. Nothing here ever fails.
/// </summary>
internal static class UrlDecoding
{
    /// <summary>
    /// The decoded path, as Flask's <c>request.path</c>: <c>%2F</c> is decoded too (so
    /// <c>/user/a%2Fb</c> has three segments), <c>%C0%AE%C0%AE</c> gives four U+FFFD.
    /// </summary>
    public static string DecodePath(string rawPath) => PercentEncoding.Unquote(rawPath);

    /// <summary>
    /// Parses a query string (without its leading <c>?</c>) as Werkzeug's <c>url_decode</c>:
    /// pairs split on <c>&amp;</c> only (never <c>;</c>), <c>+</c> is a space, a pair without
    /// <c>=</c> has the value <c>""</c>, <c>=x</c> has the key <c>""</c>, empty pairs are skipped,
    /// order and repeats are kept.
    /// </summary>
    public static MultiDict<string> ParseQuery(string? query) =>
        string.IsNullOrEmpty(query) ? new MultiDict<string>() : ParseForm(Encoding.UTF8.GetBytes(query));

    /// <summary>Parses an <c>application/x-www-form-urlencoded</c> body, with the rules of <see cref="ParseQuery"/>.</summary>
    public static MultiDict<string> ParseForm(ReadOnlySpan<byte> body)
    {
        var result = new MultiDict<string>();
        while (!body.IsEmpty)
        {
            var end = body.IndexOf((byte)'&');
            var pair = end < 0 ? body : body[..end];
            body = end < 0 ? [] : body[(end + 1)..];
            if (pair.IsEmpty)
            {
                continue;
            }
            var equals = pair.IndexOf((byte)'=');
            var key = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? [] : pair[(equals + 1)..];
            result.Add(UnquotePlus(key), UnquotePlus(value));
        }
        return result;
    }

    // url_unquote_plus: "+" is a space before escapes are decoded, so "%2B" stays a plus.
    private static string UnquotePlus(ReadOnlySpan<byte> text)
    {
        var bytes = text.ToArray();
        bytes.AsSpan().Replace((byte)'+', (byte)' ');
        return Encoding.UTF8.GetString(PercentEncoding.UnquoteToBytes(bytes));
    }
}
