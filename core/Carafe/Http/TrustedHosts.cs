using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Carafe.Http;

/// <summary>
/// Flask 3.1's <c>TRUSTED_HOSTS</c> (Werkzeug 3.1's <c>host_is_trusted</c>): the names a request's
/// <c>Host</c> may carry. An entry matches the host's name exactly (case and trailing dot included,
/// the port ignored); an entry starting with a dot also matches every subdomain. The host must be
/// made of the characters a name, an IPv4 address or a bracketed IPv6 address may have, with an
/// optional numeric port. Entries that are not ASCII are IDNA-encoded, so <c>bücher.example</c>
/// trusts <c>xn--bcher-kva.example</c>. One deviation: an IPv6 entry such as <c>[::1]</c> matches
/// that address only, where Werkzeug cuts both at the first colon and so matches every <c>[:…]</c>.
/// </summary>
internal sealed partial class TrustedHosts
{
    private static readonly char[] LabelDots = ['.', '\u3002', '\uFF0E', '\uFF61'];
    private static readonly IdnMapping Idna = new();
    private readonly (string Name, bool Subdomains)[] _entries;

    /// <summary>Compiles the entries of <c>TRUSTED_HOSTS</c>.</summary>
    /// <exception cref="InvalidOperationException">An entry is empty or is not a name IDNA can encode.</exception>
    public TrustedHosts(IEnumerable<string> entries)
    {
        _entries = [.. entries.Select(Compile)];
    }

    /// <summary>
    /// The matcher for the config's <c>TRUSTED_HOSTS</c> (a list, or names separated by commas), or
    /// null when the key is unset or empty: then every host is accepted, as in Flask.
    /// </summary>
    /// <exception cref="InvalidOperationException">An entry is empty or is not a name IDNA can encode.</exception>
    public static TrustedHosts? Read(Config config) =>
        config.Get<string[]?>("TRUSTED_HOSTS", null) is { Length: > 0 } entries ? new TrustedHosts(entries) : null;

    /// <summary>Whether <paramref name="host"/> (a <c>Host</c> header value, <c>name[:port]</c>) is trusted.</summary>
    public bool Allows(string host)
    {
        if (!HostPattern().IsMatch(host))
        {
            return false;
        }
        var name = NameOf(host);
        foreach (var (entry, subdomains) in _entries)
        {
            if (name == entry || (subdomains && name.Length > entry.Length && name.EndsWith(entry, StringComparison.Ordinal)
                && name[^(entry.Length + 1)] == '.'))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The host as Werkzeug's <c>get_host</c> reports it: without the scheme's default port (80 for http, 443 for https).</summary>
    public static string WithoutDefaultPort(string scheme, string host) => scheme switch
    {
        "http" or "ws" when host.EndsWith(":80", StringComparison.Ordinal) => host[..^3],
        "https" or "wss" when host.EndsWith(":443", StringComparison.Ordinal) => host[..^4],
        _ => host,
    };

    private static (string, bool) Compile(string entry)
    {
        var subdomains = entry.StartsWith('.');
        var name = NameOf(subdomains ? entry[1..] : entry);
        if (name.Length == 0)
        {
            throw new InvalidOperationException($"TRUSTED_HOSTS holds '{entry}', which names no host: write a name such as example.com, or .example.com for it and its subdomains.");
        }
        try
        {
            return (Encode(name), subdomains);
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"TRUSTED_HOSTS holds '{entry}', which is not a host name IDNA can encode ({e.Message}).", e);
        }
    }

    /// <summary>The host without its port: up to the first colon, or the whole bracketed IPv6 address.</summary>
    private static string NameOf(string host)
    {
        var end = host.StartsWith('[') ? host.IndexOf(']') + 1 : 0;
        var colon = host.IndexOf(':', end);
        return colon < 0 ? host : host[..colon];
    }

    /// <summary>
    /// Python's <c>str.encode("idna")</c>: an ASCII name is kept as it is (labels of 1 to 63
    /// characters, the last one may be empty); otherwise each label that is not ASCII is converted.
    /// </summary>
    private static string Encode(string name)
    {
        var labels = name.Split(LabelDots);
        for (var i = 0; i < labels.Length; i++)
        {
            var last = i == labels.Length - 1;
            if (!Ascii.IsValid(labels[i]))
            {
                labels[i] = Idna.GetAscii(labels[i]);
            }
            if (labels[i].Length > 63 || (labels[i].Length == 0 && !last))
            {
                throw new ArgumentException($"the label '{labels[i]}' is empty or longer than 63 characters");
            }
        }
        return string.Join('.', labels);
    }

    // Werkzeug 3.1's _host_re, ASCII only: a name or IPv4 address, or a bracketed IPv6 address; then an optional port.
    [GeneratedRegex(@"\A(?:[a-zA-Z0-9.-]+|\[[a-fA-F0-9]*:[a-fA-F0-9.:]+\])(?::[0-9]+)?\z")]
    private static partial Regex HostPattern();
}
