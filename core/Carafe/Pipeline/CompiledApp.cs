using Carafe.Http;
using Carafe.Routing;
using Carafe.Templates;
using Carafe.Views;

namespace Carafe.Pipeline;

/// <summary>
/// The app's setup compiled at start (and again when a plugin is hot-reloaded): the route map, a
/// compiled invoker per endpoint, the hooks and error handlers of the app and of each blueprint,
/// and the template environment. Read-only, so requests share it; each keeps the one it began with.
/// </summary>
internal sealed class CompiledApp
{
    private readonly ScopeHandlers[] _appOnly;
    private readonly Dictionary<string, ScopeHandlers[]> _outermostFirst;
    private readonly Dictionary<string, ScopeHandlers[]> _innermostFirst;

    private CompiledApp(RouteMap map, Dictionary<string, ViewInvoker> views, HashSet<string> manualOptions, Dictionary<string, ScopeHandlers> scopes,
        AppTemplates templates, TrustedHosts? trustedHosts)
    {
        Map = map;
        TrustedHosts = trustedHosts;
        Templates = templates;
        Views = views;
        ManualOptionsEndpoints = manualOptions;
        Scopes = scopes;
        AppScope = scopes[""];
        _appOnly = [AppScope];
        // Computed once so that a request allocates nothing to walk its scopes.
        _outermostFirst = scopes.Where(s => s.Key != "").ToDictionary(s => s.Key, s => new[] { AppScope, s.Value });
        _innermostFirst = scopes.Where(s => s.Key != "").ToDictionary(s => s.Key, s => new[] { s.Value, AppScope });
    }

    public RouteMap Map { get; }

    /// <summary>The hosts <c>TRUSTED_HOSTS</c> allows, or null when it allows every host.</summary>
    public TrustedHosts? TrustedHosts { get; }

    public AppTemplates Templates { get; }

    public IReadOnlyDictionary<string, ViewInvoker> Views { get; }

    /// <summary>Endpoints that list OPTIONS themselves, and so answer it with their view.</summary>
    public IReadOnlySet<string> ManualOptionsEndpoints { get; }

    /// <summary>Hooks and handlers by blueprint name; "" is the app's.</summary>
    public IReadOnlyDictionary<string, ScopeHandlers> Scopes { get; }

    public ScopeHandlers AppScope { get; }

    /// <summary>The scopes a request of <paramref name="blueprint"/> runs in: the app's, then the blueprint's.</summary>
    public ScopeHandlers[] ScopesOf(string? blueprint) =>
        blueprint is not null && _outermostFirst.TryGetValue(blueprint, out var scopes) ? scopes : _appOnly;

    /// <summary>The same scopes, the blueprint's first: the order of after-request, teardown and error handlers.</summary>
    public ScopeHandlers[] InnermostScopesFirst(string? blueprint) =>
        blueprint is not null && _innermostFirst.TryGetValue(blueprint, out var scopes) ? scopes : _appOnly;

    /// <summary>The context processors for a request: the app's, then its blueprint's.</summary>
    public IEnumerable<ViewInvoker> ContextProcessorsFor(Request request) =>
        ScopesOf(request.Blueprint).SelectMany(scope => scope.ContextProcessors);

    public static CompiledApp Compile(CarafeApp app, TemplateRegistrations templates)
    {
        var rules = new List<Rule>();
        var views = new Dictionary<string, ViewInvoker>(StringComparer.Ordinal);
        var delegates = new Dictionary<string, Delegate>(StringComparer.Ordinal);
        var manualOptions = new HashSet<string>(StringComparer.Ordinal);
        var scopes = new Dictionary<string, ScopeHandlers>(StringComparer.Ordinal) { [""] = ScopeHandlers.Compile(app) };

        void AddRoute(string pattern, string endpoint, Delegate view, string[]? methods, IReadOnlyDictionary<string, object?>? defaults, bool strictSlashes)
        {
            var upper = (methods ?? ["GET"]).Select(m => m.ToUpperInvariant()).ToList();
            if (upper.Contains("OPTIONS"))
            {
                manualOptions.Add(endpoint);
            }
            else
            {
                upper.Add("OPTIONS");
            }
            var rule = new Rule(pattern, endpoint, upper, defaults, strictSlashes);
            rules.Add(rule);
            if (delegates.TryGetValue(endpoint, out var existing) && !existing.Equals(view))
            {
                throw new InvalidOperationException($"View function mapping is overwriting an existing endpoint function: {endpoint}");
            }
            delegates[endpoint] = view;
        }

        if (app.StaticFolder is { } staticFolder)
        {
            AddRoute(app.StaticUrlPath + "/<path:filename>", "static", StaticView(app, staticFolder), null, null, true);
        }
        foreach (var route in app.Routes)
        {
            AddRoute(route.Rule, route.Endpoint, route.View, route.Methods, route.Defaults, route.StrictSlashes);
        }
        foreach (var (blueprint, urlPrefix) in app.Blueprints)
        {
            if (blueprint.StaticFolder is { } folder)
            {
                AddRoute(Join(urlPrefix, blueprint.StaticUrlPath + "/<path:filename>"), blueprint.Name + ".static", StaticView(app, folder), null, null, true);
            }
            foreach (var route in blueprint.Routes)
            {
                AddRoute(Join(urlPrefix, route.Rule), blueprint.Name + "." + route.Endpoint, route.View, route.Methods, route.Defaults, route.StrictSlashes);
            }
            scopes[blueprint.Name] = ScopeHandlers.Compile(blueprint);
        }
        // A view bound to several rules takes each rule's values by name: bind the union of their arguments.
        foreach (var (endpoint, view) in delegates)
        {
            var arguments = rules.Where(r => r.Endpoint == endpoint).SelectMany(r => r.Arguments).ToHashSet(StringComparer.Ordinal);
            views[endpoint] = ViewInvoker.Create(view, arguments);
        }
        return new CompiledApp(new RouteMap(rules, app.Converters), views, manualOptions, scopes, AppTemplates.Create(app, templates),
            TrustedHosts.Read(app.Config));
    }

    private static string Join(string? prefix, string rule) =>
        string.IsNullOrEmpty(prefix) ? rule : prefix.TrimEnd('/') + "/" + rule.TrimStart('/');

    private static Delegate StaticView(CarafeApp app, string folder) =>
        (string filename, Request request) => StaticFileSender.SendFromDirectory(folder, filename, request, app.Config);
}

/// <summary>The compiled hooks and error handlers of the app or of one blueprint.</summary>
internal sealed class ScopeHandlers
{
    public ViewInvoker[] BeforeRequest { get; private init; } = [];

    /// <summary>After-request hooks, already in the reverse order they run in.</summary>
    public ViewInvoker[] AfterRequest { get; private init; } = [];

    /// <summary>Teardown hooks, already in the reverse order they run in.</summary>
    public ViewInvoker[] TeardownRequest { get; private init; } = [];

    public ViewInvoker[] ContextProcessors { get; private init; } = [];

    public (int? StatusCode, Type? ExceptionType, ViewInvoker Handler)[] ErrorHandlers { get; private init; } = [];

    public static ScopeHandlers Compile(Scaffold scaffold)
    {
        ViewInvoker[] Hooks(HookKind kind, Type? argumentType) =>
            scaffold.Hooks.Where(h => h.Kind == kind).Select(h => ViewInvoker.Create(h.Hook, [], argumentType)).ToArray();

        return new ScopeHandlers
        {
            BeforeRequest = Hooks(HookKind.BeforeRequest, null),
            AfterRequest = Hooks(HookKind.AfterRequest, typeof(Response)).Reverse().ToArray(),
            TeardownRequest = Hooks(HookKind.TeardownRequest, typeof(Exception)).Reverse().ToArray(),
            ContextProcessors = Hooks(HookKind.ContextProcessor, null),
            ErrorHandlers = scaffold.ErrorHandlers
                .Select(h => (h.StatusCode, h.ExceptionType, ViewInvoker.Create(h.Handler, [], h.ExceptionType ?? typeof(HttpException))))
                .ToArray(),
        };
    }
}
