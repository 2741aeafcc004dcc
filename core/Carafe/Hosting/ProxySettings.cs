using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;

namespace Carafe.Hosting;

/// <summary>
/// Which proxies the app believes, read from the config, as Werkzeug's <c>ProxyFix</c>
/// configured by keys: <c>TRUSTED_PROXIES</c> (addresses and CIDR networks; none by default, so
/// no forwarded header is believed), <c>FORWARDED_HEADERS</c> (which of <c>X-Forwarded-For</c>,
/// <c>-Proto</c>, <c>-Host</c>, <c>-Prefix</c> to apply; For and Proto by default, ProxyFix's
/// defaults) and <c>FORWARDED_LIMIT</c> (how many proxies deep to go, 1 by default). The headers
/// are applied by ASP.NET Core's forwarded headers middleware, which also requires every hop it
/// walks back through to be a trusted proxy.
/// </summary>
internal static class ProxySettings
{
    private static readonly Dictionary<string, ForwardedHeaders> HeaderNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["X-Forwarded-For"] = ForwardedHeaders.XForwardedFor,
        ["X-Forwarded-Proto"] = ForwardedHeaders.XForwardedProto,
        ["X-Forwarded-Host"] = ForwardedHeaders.XForwardedHost,
        ["X-Forwarded-Prefix"] = ForwardedHeaders.XForwardedPrefix,
    };

    /// <summary>The middleware's options, or null when no proxy is trusted (the middleware is then left out).</summary>
    /// <exception cref="InvalidOperationException">A key holds something that is not an address, a network, a header name or a count.</exception>
    public static ForwardedHeadersOptions? Read(Config config)
    {
        var proxies = config.Get<string[]?>("TRUSTED_PROXIES", null) ?? [];
        if (proxies.Length == 0)
        {
            return null;
        }
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ReadHeaders(config.Get("FORWARDED_HEADERS", new[] { "X-Forwarded-For", "X-Forwarded-Proto" })),
            ForwardLimit = config.Get("FORWARDED_LIMIT", 1),
        };
        if (options.ForwardLimit < 1)
        {
            throw new InvalidOperationException($"Config value FORWARDED_LIMIT = {options.ForwardLimit} must be at least 1: the number of proxies in front of the app.");
        }
        // ASP.NET Core trusts loopback by default; only what the config names is trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            if (proxy.Contains('/'))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(proxy, out var network)
                    ? network
                    : throw new InvalidOperationException($"TRUSTED_PROXIES holds '{proxy}', which is not a network such as 10.0.0.0/8."));
            }
            else
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"TRUSTED_PROXIES holds '{proxy}', which is not an IP address such as 127.0.0.1 or ::1."));
            }
        }
        return options;
    }

    private static ForwardedHeaders ReadHeaders(string[] names)
    {
        var headers = ForwardedHeaders.None;
        foreach (var name in names)
        {
            headers |= HeaderNames.TryGetValue(name, out var header)
                ? header
                : throw new InvalidOperationException(
                    $"FORWARDED_HEADERS holds '{name}'; the headers it may name are {string.Join(", ", HeaderNames.Keys)}.");
        }
        return headers;
    }
}
