using Carafe.Pipeline;
using Carafe.Routing;

namespace Carafe.Views;

/// <summary>Builds URLs for <c>UrlFor</c>: resolves relative endpoints, then adds scheme, host and anchor.</summary>
internal static class UrlBuilder
{
    public static string Build(RequestContext context, string endpoint, IReadOnlyDictionary<string, object?> values,
        string? anchor, string? method, bool external, string? scheme)
    {
        var request = context.Request;
        if (endpoint.StartsWith('.'))
        {
            endpoint = request.Blueprint is { } blueprint ? blueprint + endpoint : endpoint[1..];
        }
        var url = context.Compiled.Map.Build(endpoint, values, method);
        if (external || scheme is not null)
        {
            url = $"{scheme ?? request.Scheme}://{request.Host}{url}";
        }
        if (anchor is not null)
        {
            url += "#" + UrlQuoting.QuoteAnchor(anchor);
        }
        return url;
    }
}
