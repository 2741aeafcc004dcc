namespace Carafe;

using Carafe.Pipeline;

/// <summary>
/// The request being handled, its session and <c>g</c>, available anywhere during a request,
/// as Flask's context locals <c>request</c>, <c>session</c> and <c>g</c>. Views can also take
/// them as parameters.
/// </summary>
public static class Current
{
    /// <summary>The request being handled.</summary>
    /// <exception cref="InvalidOperationException">No request is being handled on this flow.</exception>
    public static Request Request => Context.Request;

    /// <summary>The session of the request being handled.</summary>
    /// <exception cref="InvalidOperationException">No request is being handled on this flow.</exception>
    public static Session Session => Context.Session;

    /// <summary><c>g</c> of the request being handled.</summary>
    /// <exception cref="InvalidOperationException">No request is being handled on this flow.</exception>
    public static G G => Context.G;

    /// <summary>The app handling the request.</summary>
    /// <exception cref="InvalidOperationException">No request is being handled on this flow.</exception>
    public static CarafeApp App => Context.App;

    /// <summary>Whether a request is being handled on this flow.</summary>
    public static bool HasRequest => RequestContext.Current is not null;

    internal static RequestContext Context => RequestContext.Current ?? throw new InvalidOperationException(
        "Working outside of request context. This happens when something needs the current request " +
        "(Request, Session, G, UrlFor, Flash, ...) while no request is being handled. To solve this, " +
        "do it inside a view or hook, or set up a request context with app.TestRequestContext(...).");
}
