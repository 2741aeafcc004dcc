using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Carafe.Forms.Validators;

/// <summary>WTForms' <c>HostnameValidation</c>: labels of letters, digits, hyphens and underscores, and a TLD when required.</summary>
internal static partial class Hostnames
{
    public static bool IsValid(string hostname, bool requireTld, bool allowIp = false)
    {
        if (allowIp && IPAddress.TryParse(hostname, out var ip) && (ip.AddressFamily == AddressFamily.InterNetworkV6 || hostname.Count(c => c == '.') == 3))
        {
            return true;
        }
        try
        {
            hostname = new IdnMapping().GetAscii(hostname);
        }
        catch (ArgumentException)
        {
            // WTForms keeps a hostname the IDNA codec refuses, and judges it as it is.
        }
        if (hostname.Length > 253)
        {
            return false;
        }
        var parts = hostname.Split('.');
        if (parts.Any(part => part.Length is 0 or > 63 || !Part().IsMatch(part)))
        {
            return false;
        }
        return !requireTld || (parts.Length >= 2 && Tld().IsMatch(parts[^1]));
    }

    [GeneratedRegex(@"^(xn-|[a-z0-9_]+)(-[a-z0-9_-]+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex Part();

    [GeneratedRegex(@"^([a-z]{2,20}|xn--([a-z0-9]+-)*[a-z0-9]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Tld();
}
