using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace Carafe;

/// <summary>
/// What <see cref="CarafeApp"/> and <see cref="Blueprint"/> share, as Flask's <c>Scaffold</c>:
/// routes, error handlers, request hooks and context processors. Setup methods refuse to run
/// once the app has started handling requests.
/// </summary>
public abstract class Scaffold
{
    private readonly List<RouteRegistration> _routes = [];
    private readonly List<HookRegistration> _hooks = [];
    private readonly List<ErrorHandlerRegistration> _errorHandlers = [];

    private protected Scaffold(string name, string rootPath, string? staticFolder, string? staticUrlPath, string? templateFolder)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A name is required.", nameof(name));
        }
        Name = name;
        RootPath = rootPath;
        StaticFolder = staticFolder is null ? null : Path.GetFullPath(staticFolder, rootPath);
        StaticUrlPath = staticFolder is null ? null : (staticUrlPath ?? "/" + Path.GetFileName(staticFolder.TrimEnd('/'))).TrimEnd('/');
        TemplateFolder = templateFolder is null ? null : Path.GetFullPath(templateFolder, rootPath);
    }

    /// <summary>The name: the app's, or the blueprint's (the prefix of its endpoints).</summary>
    public string Name { get; }

    /// <summary>The folder that relative paths (static, templates) are resolved against.</summary>
    public string RootPath { get; }

    /// <summary>The absolute static folder, or null when there is none.</summary>
    public string? StaticFolder { get; }

    /// <summary>The URL path static files are served under, such as <c>/static</c>.</summary>
    public string? StaticUrlPath { get; }

    /// <summary>The absolute templates folder, or null when there is none.</summary>
    public string? TemplateFolder { get; }

    internal IReadOnlyList<RouteRegistration> Routes => _routes;

    internal IReadOnlyList<HookRegistration> Hooks => _hooks;

    internal IReadOnlyList<ErrorHandlerRegistration> ErrorHandlers => _errorHandlers;

    /// <summary>
    /// Adds a URL rule, as Flask's <c>@route</c>. The endpoint defaults to the view's method
    /// name in snake_case (<c>ShowUserProfile</c> is <c>show_user_profile</c>, so templates ported
    /// from Flask keep their <c>url_for</c> calls), or the rule itself for a lambda.
    /// </summary>
    /// <param name="rule">The rule, such as <c>/user/&lt;int:id&gt;</c>.</param>
    /// <param name="view">The view: any delegate, sync or async.</param>
    /// <param name="methods">The methods it answers; GET by default. HEAD follows GET, OPTIONS is automatic.</param>
    /// <param name="endpoint">The endpoint name for <c>UrlFor</c>.</param>
    /// <param name="defaults">Values for arguments the rule does not have, such as <c>new { page = 1 }</c>.</param>
    /// <param name="strictSlashes">Whether a rule ending in a slash redirects the URL without it.</param>
    public Scaffold Route(string rule, Delegate view, string[]? methods = null, string? endpoint = null, object? defaults = null, bool strictSlashes = true)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!rule.StartsWith('/'))
        {
            throw new ArgumentException($"URL rule '{rule}' must start with a slash.", nameof(rule));
        }
        EnsureSetupAllowed(nameof(Route));
        _routes.Add(new RouteRegistration(rule, endpoint ?? EndpointName(view) ?? rule, view, methods, ToDictionary(defaults), strictSlashes));
        return this;
    }

    /// <summary>Adds every public static method of <paramref name="viewsType"/> (a static class, say) that carries <see cref="RouteAttribute"/>.</summary>
    public Scaffold AddViews(Type viewsType) => AddViews(viewsType, null);

    /// <summary>Adds every public method of <paramref name="views"/> that carries <see cref="RouteAttribute"/>; instance methods are called on <paramref name="views"/>.</summary>
    public Scaffold AddViews(object views) => AddViews(views.GetType(), views);

    private Scaffold AddViews(Type type, object? instance)
    {
        var flags = BindingFlags.Public | BindingFlags.Static | (instance is null ? 0 : BindingFlags.Instance);
        var found = false;
        foreach (var method in type.GetMethods(flags))
        {
            foreach (var route in method.GetCustomAttributes<RouteAttribute>())
            {
                var delegateType = Expression.GetDelegateType([.. method.GetParameters().Select(p => p.ParameterType), method.ReturnType]);
                var view = method.IsStatic ? method.CreateDelegate(delegateType) : method.CreateDelegate(delegateType, instance);
                Route(route.Rule, view, route.Methods, route.Endpoint ?? ToSnakeCase(method.Name), strictSlashes: route.StrictSlashes);
                found = true;
            }
        }
        return found ? this : throw new ArgumentException(
            $"{type.Name} has no public {(instance is null ? "static " : "")}method with a [Route] attribute.", nameof(type));
    }

    /// <summary>Adds a GET rule.</summary>
    public Scaffold Get(string rule, Delegate view, string? endpoint = null, object? defaults = null) => Route(rule, view, ["GET"], endpoint, defaults);

    /// <summary>Adds a POST rule.</summary>
    public Scaffold Post(string rule, Delegate view, string? endpoint = null, object? defaults = null) => Route(rule, view, ["POST"], endpoint, defaults);

    /// <summary>Adds a PUT rule.</summary>
    public Scaffold Put(string rule, Delegate view, string? endpoint = null, object? defaults = null) => Route(rule, view, ["PUT"], endpoint, defaults);

    /// <summary>Adds a PATCH rule.</summary>
    public Scaffold Patch(string rule, Delegate view, string? endpoint = null, object? defaults = null) => Route(rule, view, ["PATCH"], endpoint, defaults);

    /// <summary>Adds a DELETE rule.</summary>
    public Scaffold Delete(string rule, Delegate view, string? endpoint = null, object? defaults = null) => Route(rule, view, ["DELETE"], endpoint, defaults);

    /// <summary>
    /// Runs <paramref name="hook"/> before every request (of this blueprint, for a blueprint).
    /// When it returns something other than null, that is the response and the view is not called.
    /// </summary>
    public Scaffold BeforeRequest(Delegate hook) => AddHook(HookKind.BeforeRequest, hook, nameof(BeforeRequest));

    /// <summary>
    /// Runs <paramref name="hook"/> after every request, in reverse order of registration; it
    /// receives the <see cref="Response"/> as a parameter and may return another (or nothing, to keep it).
    /// </summary>
    public Scaffold AfterRequest(Delegate hook) => AddHook(HookKind.AfterRequest, hook, nameof(AfterRequest));

    /// <summary>
    /// Runs <paramref name="hook"/> at the end of every request, whatever happened; an
    /// <see cref="Exception"/> parameter receives the unhandled exception, or null.
    /// </summary>
    public Scaffold TeardownRequest(Delegate hook) => AddHook(HookKind.TeardownRequest, hook, nameof(TeardownRequest));

    /// <summary>
    /// Adds values to every template's context: <paramref name="processor"/> returns a dictionary
    /// or an object whose properties are the values.
    /// </summary>
    public Scaffold ContextProcessor(Delegate processor) => AddHook(HookKind.ContextProcessor, processor, nameof(ContextProcessor));

    /// <summary>
    /// Handles errors with status <paramref name="statusCode"/> (from <c>Abort</c>, routing, or
    /// 500 for unhandled exceptions); the handler may take the <see cref="HttpException"/>.
    /// Its return value is the response, with status 200 unless it says otherwise, as in Flask.
    /// </summary>
    public Scaffold ErrorHandler(int statusCode, Delegate handler)
    {
        if (statusCode is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, $"'{statusCode}' is not a recognized HTTP error code. Use a subclass of HttpException with that code instead.");
        }
        EnsureSetupAllowed(nameof(ErrorHandler));
        _errorHandlers.Add(new ErrorHandlerRegistration(statusCode, null, handler));
        return this;
    }

    /// <summary>Handles exceptions of type <typeparamref name="TException"/> and its subclasses; the handler may take the exception.</summary>
    public Scaffold ErrorHandler<TException>(Delegate handler) where TException : Exception
    {
        EnsureSetupAllowed(nameof(ErrorHandler));
        _errorHandlers.Add(new ErrorHandlerRegistration(null, typeof(TException), handler));
        return this;
    }

    /// <summary>Removes the hooks and error handlers that are <paramref name="handler"/>, when the extension that added them is hot-reloaded.</summary>
    internal void RemoveHandler(Delegate handler)
    {
        _hooks.RemoveAll(h => ReferenceEquals(h.Hook, handler));
        _errorHandlers.RemoveAll(h => ReferenceEquals(h.Handler, handler));
    }

    private protected abstract void EnsureSetupAllowed(string method);

    private Scaffold AddHook(HookKind kind, Delegate hook, string method)
    {
        ArgumentNullException.ThrowIfNull(hook);
        EnsureSetupAllowed(method);
        _hooks.Add(new HookRegistration(kind, hook));
        return this;
    }

    /// <summary>The snake_case name of a named method, or null for a lambda.</summary>
    internal static string? EndpointName(Delegate view)
    {
        var name = view.Method.Name;
        // Local functions compile to "<Main>g__ShowUser|0_1"; lambdas to "<Main>b__0_0".
        var localStart = name.IndexOf(">g__", StringComparison.Ordinal);
        if (localStart >= 0)
        {
            var start = localStart + 4;
            name = name[start..name.IndexOf('|', start)];
        }
        else if (name.Contains('<'))
        {
            return null;
        }
        return ToSnakeCase(name);
    }

    internal static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var startsWord = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (previousIsLowerOrDigit || startsWord)
                {
                    builder.Append('_');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    internal static IReadOnlyDictionary<string, object?>? ToDictionary(object? values) => values switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> dictionary => dictionary,
        IDictionary<string, object?> dictionary => dictionary.AsReadOnly(),
        _ => values.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(values)),
    };
}

internal sealed record RouteRegistration(
    string Rule, string Endpoint, Delegate View, string[]? Methods, IReadOnlyDictionary<string, object?>? Defaults, bool StrictSlashes);

internal enum HookKind
{
    BeforeRequest,
    AfterRequest,
    TeardownRequest,
    ContextProcessor,
}

internal sealed record HookRegistration(HookKind Kind, Delegate Hook);

internal sealed record ErrorHandlerRegistration(int? StatusCode, Type? ExceptionType, Delegate Handler);
