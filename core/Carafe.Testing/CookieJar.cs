using System.Globalization;
using Carafe.Http;

namespace Carafe.Testing;

/// <summary>
/// The test client's cookies: what responses set is sent back on later requests whose path
/// it covers, until it expires or is deleted, as a browser would.
/// </summary>
internal sealed class CookieJar
{
    private readonly Dictionary<(string Name, string Path), (string Value, DateTimeOffset? Expires)> _cookies = [];

    /// <summary>Stores one <c>Set-Cookie</c> header.</summary>
    public void Store(string setCookie, DateTimeOffset now)
    {
        var parts = setCookie.Split(';');
        var equals = parts[0].IndexOf('=');
        if (equals <= 0)
        {
            return;
        }
        var name = parts[0][..equals].Trim();
        var value = parts[0][(equals + 1)..].Trim();
        var path = "/";
        DateTimeOffset? expires = null;
        foreach (var attribute in parts.Skip(1))
        {
            var pair = attribute.Split('=', 2);
            var key = pair[0].Trim().ToLowerInvariant();
            var argument = pair.Length > 1 ? pair[1].Trim() : "";
            switch (key)
            {
                case "path":
                    path = argument;
                    break;
                case "max-age" when long.TryParse(argument, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds):
                    expires = now.AddSeconds(seconds);
                    break;
                case "expires" when expires is null && HttpDate.TryParse(argument, out var date):
                    expires = date;
                    break;
            }
        }
        if (expires <= now)
        {
            _cookies.Remove((name, path));
        }
        else
        {
            _cookies[(name, path)] = (value, expires);
        }
    }

    /// <summary>Sets a cookie directly, as Flask's <c>client.set_cookie</c>.</summary>
    public void Set(string name, string value, string path = "/") => _cookies[(name, path)] = (value, null);

    /// <summary>The raw value of the cookie named <paramref name="name"/>, or null.</summary>
    public string? Get(string name) => _cookies.FirstOrDefault(c => c.Key.Name == name).Value.Value;

    /// <summary>The <c>Cookie</c> header for a request to <paramref name="path"/>, or null when no cookie applies.</summary>
    public string? HeaderFor(string path, DateTimeOffset now)
    {
        var applicable = _cookies
            .Where(c => c.Value.Expires is null || c.Value.Expires > now)
            .Where(c => path.StartsWith(c.Key.Path, StringComparison.Ordinal))
            .OrderByDescending(c => c.Key.Path.Length)
            .Select(c => $"{c.Key.Name}={c.Value.Value}")
            .ToList();
        return applicable.Count == 0 ? null : string.Join("; ", applicable);
    }
}
