using Microsoft.AspNetCore.Http;

namespace Carafe.Pipeline;

/// <summary>
/// Everything one request carries through the pipeline, as Flask's request context: the app,
/// the request, the session (opened on first use), <c>g</c>, and the routing result.
/// Made current (ambient) for the duration of the request.
/// </summary>
internal sealed class RequestContext
{
    private static readonly AsyncLocal<RequestContext?> CurrentContext = new();
    private Session? _session;

    public RequestContext(CarafeApp app, HttpContext httpContext, CarafeRequest request)
    {
        App = app;
        Compiled = app.Compiled;
        HttpContext = httpContext;
        Request = request;
    }

    /// <summary>The context of the request being handled on this flow, or null.</summary>
    public static RequestContext? Current
    {
        get => CurrentContext.Value;
        set => CurrentContext.Value = value;
    }

    public CarafeApp App { get; }

    /// <summary>The app's compiled state when the request began: a hot reload swaps the app's, never this one.</summary>
    public CompiledApp Compiled { get; }

    public HttpContext HttpContext { get; }

    public CarafeRequest Request { get; }

    public G G { get; } = new();

    public IServiceProvider Services => HttpContext.RequestServices;

    /// <summary>
    /// The session: the one loaded from the request's cookie, or a new empty one made the first
    /// time it is asked for (so that a request that never touches it pays nothing).
    /// </summary>
    public Session Session => _session ??= new Session();

    /// <summary>Whether the session was loaded or used during this request, and so must be saved.</summary>
    public bool SessionOpened => _session is not null;

    /// <summary>The routing result.</summary>
    public Routing.RouteMatch Match { get; set; }

    /// <summary>Sets the session loaded by the session interface; null (a missing or bad cookie) leaves a new one to be made on use.</summary>
    public void SetSession(Session? session) => _session = session;

    /// <summary>Flashed messages read from the session in this request, so that a template can ask twice.</summary>
    public IReadOnlyList<(string Category, string Message)>? ConsumedFlashes { get; set; }
}
