namespace Carafe.Routing;

/// <summary>The result of <see cref="RouteMap.Match"/>.</summary>
internal readonly struct RouteMatch
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>();

    private RouteMatch(RouteMatchKind kind, Rule? rule, IReadOnlyDictionary<string, object?>? values,
        IReadOnlyCollection<string>? allowedMethods, string? redirectPath)
    {
        Kind = kind;
        Rule = rule;
        Values = values ?? NoValues;
        AllowedMethods = allowedMethods ?? [];
        RedirectPath = redirectPath;
    }

    public RouteMatchKind Kind { get; }

    /// <summary>The matched rule when <see cref="Kind"/> is <see cref="RouteMatchKind.Found"/>.</summary>
    public Rule? Rule { get; }

    /// <summary>The converted values of the rule's variables, plus the rule's defaults.</summary>
    public IReadOnlyDictionary<string, object?> Values { get; }

    /// <summary>For <see cref="RouteMatchKind.MethodNotAllowed"/>: every method some rule for the path allows.</summary>
    public IReadOnlyCollection<string> AllowedMethods { get; }

    /// <summary>
    /// For <see cref="RouteMatchKind.Redirect"/>: the path to redirect to, percent-encoded
    /// (the app appends the query string and makes it absolute).
    /// </summary>
    public string? RedirectPath { get; }

    public static RouteMatch NotFound { get; } = new(RouteMatchKind.NotFound, null, null, null, null);

    public static RouteMatch Found(Rule rule, IReadOnlyDictionary<string, object?> values) =>
        new(RouteMatchKind.Found, rule, values, null, null);

    public static RouteMatch MethodNotAllowed(IReadOnlyCollection<string> allowed) =>
        new(RouteMatchKind.MethodNotAllowed, null, null, allowed, null);

    public static RouteMatch Redirect(string path) => new(RouteMatchKind.Redirect, null, null, null, path);
}
