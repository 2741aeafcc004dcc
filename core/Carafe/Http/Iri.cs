using Carafe.Routing;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Carafe.Http;

/// <summary>
/// Werkzeug's <c>iri_to_uri</c>: non-ASCII text, whitespace and control characters of a URL are
/// percent-encoded as UTF-8 (CR and LF too, so a redirect target cannot inject a header), a
/// non-ASCII host is encoded to Punycode, and reserved characters stay as they are.
/// </summary>
internal static partial class Iri
{
    // Reserved characters (and "%", so existing escapes survive) that stay unquoted.
    private const string UriSafe = ":/?#[]@!$&'()*+,;=%";

    /// <summary>
    /// Converts <paramref name="iri"/> to a URI. With <paramref name="safeConversion"/> (Werkzeug's
    /// choice for <c>Location</c>), an all-ASCII value with no whitespace inside is returned as it
    /// is, so that <c>//evil.example/x</c> or <c>javascript:alert(1)</c> keep their exact meaning.
    /// </summary>
    /// <exception cref="ArgumentException">The host has an unbalanced IPv6 bracket (Werkzeug's "Invalid IPv6 URL").</exception>
    public static string ToUri(string iri, bool safeConversion = true)
    {
        if (safeConversion && Ascii.IsValid(iri) && CountAsciiFields(iri) == 1)
        {
            return iri;
        }

        var (scheme, netloc, path, query, fragment) = Parse(iri);
        return Unparse(
            scheme,
            EncodeNetloc(netloc),
            UrlEncoding.Quote(path, UriSafe),
            UrlEncoding.Quote(query, UriSafe),
            UrlEncoding.Quote(fragment, UriSafe));
    }

    // bytes.split() with no separator: fields between runs of ASCII whitespace.
    private static int CountAsciiFields(string text)
    {
        var fields = 0;
        var inField = false;
        foreach (var c in text)
        {
            var space = c is ' ' or (>= '\t' and <= '\r');
            if (!space && !inField)
            {
                fields++;
            }
            inField = !space;
        }
        return fields;
    }

    // Werkzeug's url_parse: scheme (unless what follows the colon is a port number), //netloc, path, ?query, #fragment.
    private static (string Scheme, string Netloc, string Path, string Query, string Fragment) Parse(string url)
    {
        var scheme = "";
        var netloc = "";
        var query = "";
        var fragment = "";
        var colon = url.IndexOf(':');
        if (colon > 0 && SchemeRegex().IsMatch(url[..colon]))
        {
            var rest = url[(colon + 1)..];
            if (rest.Length == 0 || !rest.All(char.IsAsciiDigit))
            {
                scheme = url[..colon].ToLowerInvariant();
                url = rest;
            }
        }
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            var end = url.IndexOfAny(['/', '?', '#'], 2);
            if (end < 0)
            {
                end = url.Length;
            }
            netloc = url[2..end];
            url = url[end..];
            if (netloc.Contains('[') != netloc.Contains(']'))
            {
                throw new ArgumentException($"Invalid IPv6 URL: the host of '{netloc}' has an unbalanced bracket.", nameof(url));
            }
        }
        var hash = url.IndexOf('#');
        if (hash >= 0)
        {
            fragment = url[(hash + 1)..];
            url = url[..hash];
        }
        var question = url.IndexOf('?');
        if (question >= 0)
        {
            query = url[(question + 1)..];
            url = url[..question];
        }
        return (scheme, netloc, url, query, fragment);
    }

    // Werkzeug's encode_netloc: user:password@ quoted, host in Punycode, a valid port kept, an invalid one dropped.
    private static string EncodeNetloc(string netloc)
    {
        string? auth = null;
        var hostPort = netloc;
        var at = netloc.IndexOf('@');
        if (at >= 0)
        {
            auth = netloc[..at];
            hostPort = netloc[(at + 1)..];
        }

        var (host, port) = SplitHost(hostPort);
        var result = host is null ? "" : AsciiHost(host);
        if (result.Contains(':'))
        {
            result = $"[{result}]";
        }
        if (port is not null && int.TryParse(port.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            && number is >= 0 and <= 65535)
        {
            result = $"{result}:{number}";
        }
        if (!string.IsNullOrEmpty(auth))
        {
            var colon = auth.IndexOf(':');
            var user = UrlEncoding.Quote(colon < 0 ? auth : auth[..colon], "/:%");
            var password = colon < 0 ? "" : UrlEncoding.Quote(auth[(colon + 1)..], "/:%");
            var credentials = string.Join(':', new[] { user, password }.Where(part => part.Length > 0));
            if (credentials.Length > 0)
            {
                result = $"{credentials}@{result}";
            }
        }
        return result;
    }

    private static (string? Host, string? Port) SplitHost(string hostPort)
    {
        if (hostPort.Length == 0)
        {
            return (null, null);
        }
        if (!hostPort.StartsWith('['))
        {
            var colon = hostPort.IndexOf(':');
            return colon < 0 ? (hostPort, null) : (hostPort[..colon], hostPort[(colon + 1)..]);
        }
        var close = hostPort.IndexOf(']');
        if (close < 0)
        {
            return (hostPort, null);
        }
        var rest = hostPort[(close + 1)..];
        return (hostPort[1..close], rest.StartsWith(':') ? rest[1..] : null);
    }

    /// <summary>
    /// Werkzeug's <c>_encode_idna</c>: an ASCII host as written, otherwise each non-ASCII label in
    /// Punycode (<c>bücher.example</c> is <c>xn--bcher-kva.example</c>).
    /// </summary>
    /// <exception cref="ArgumentException">A label cannot be encoded.</exception>
    public static string EncodeIdna(string host)
    {
        if (Ascii.IsValid(host))
        {
            return host;
        }
        var idn = new IdnMapping();
        return string.Join('.', host.Split('.').Select(label => Ascii.IsValid(label) ? label : idn.GetAscii(label)));
    }

    // Werkzeug's ascii_host: a host that IDNA cannot encode loses its non-ASCII characters instead.
    private static string AsciiHost(string host)
    {
        try
        {
            return EncodeIdna(host);
        }
        catch (ArgumentException)
        {
            return new string(host.Where(char.IsAscii).ToArray());
        }
    }

    // Werkzeug's url_unparse.
    private static string Unparse(string scheme, string netloc, string path, string query, string fragment)
    {
        var url = new StringBuilder();
        if (netloc.Length > 0 || (scheme.Length > 0 && path.StartsWith('/')))
        {
            url.Append("//").Append(netloc);
            if (path.Length > 0 && path[0] != '/')
            {
                url.Append('/');
            }
            url.Append(path);
        }
        else
        {
            url.Append(path);
        }
        if (scheme.Length > 0)
        {
            url.Insert(0, scheme + ":");
        }
        if (query.Length > 0)
        {
            url.Append('?').Append(query);
        }
        if (fragment.Length > 0)
        {
            url.Append('#').Append(fragment);
        }
        return url.ToString();
    }

    // Werkzeug's _scheme_re; "+-." is a range, so it also admits ",".
    [GeneratedRegex("^[a-zA-Z0-9+-.]+$")]
    private static partial Regex SchemeRegex();
}
