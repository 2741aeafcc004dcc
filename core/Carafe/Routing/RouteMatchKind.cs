namespace Carafe.Routing;

/// <summary>What matching a request path found.</summary>
internal enum RouteMatchKind
{
    /// <summary>A rule matched; the view should run.</summary>
    Found,

    /// <summary>No rule matches the path: 404.</summary>
    NotFound,

    /// <summary>Rules match the path but not the method: 405 with <c>Allow</c>.</summary>
    MethodNotAllowed,

    /// <summary>The canonical URL is another path (trailing slash, merged slashes, defaults): 308.</summary>
    Redirect,
}
