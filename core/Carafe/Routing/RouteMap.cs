namespace Carafe.Routing;

/// <summary>
/// All the rules of an app, compiled once: matches request paths (<see cref="Match"/>) and
/// builds URLs for endpoints (<see cref="Build"/>) with Werkzeug's semantics, as its
/// <c>Map</c> and <c>MapAdapter</c>. Immutable once built, so safe to share across requests.
/// </summary>
internal sealed class RouteMap
{
    private readonly List<CompiledRule> _compiled;
    private readonly Dictionary<string, List<CompiledRule>> _byEndpoint = new(StringComparer.Ordinal);
    private readonly RouteMatcher _matcher;

    /// <summary>
    /// Compiles <paramref name="rules"/>; a rule naming an unknown converter or giving it bad
    /// arguments throws <see cref="ArgumentException"/> naming the rule and the problem.
    /// </summary>
    public RouteMap(IEnumerable<Rule> rules, ConverterRegistry converters)
    {
        ArgumentNullException.ThrowIfNull(converters);
        Rules = rules.ToList();
        _compiled = Rules.Select(rule => new CompiledRule(rule, converters)).ToList();
        foreach (var rule in _compiled)
        {
            if (!_byEndpoint.TryGetValue(rule.Rule.Endpoint, out var list))
            {
                _byEndpoint[rule.Rule.Endpoint] = list = [];
            }
            list.Add(rule);
        }
        foreach (var endpoint in _byEndpoint.Keys.ToList())
        {
            _byEndpoint[endpoint] = _byEndpoint[endpoint].OrderBy(r => r.BuildSortKey).ToList();
        }
        _matcher = new RouteMatcher(_compiled);
    }

    /// <summary>The rules, in the order given.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Whether some rule has <paramref name="endpoint"/>.</summary>
    public bool HasEndpoint(string endpoint) => _byEndpoint.ContainsKey(endpoint);

    /// <summary>
    /// Matches a request: <paramref name="path"/> is percent-decoded, <paramref name="method"/>
    /// is compared upper-cased. Redirects (308 in Flask) cover a missing trailing slash,
    /// doubled slashes and values equal to another rule's defaults.
    /// </summary>
    public RouteMatch Match(string path, string method)
    {
        path = NormalizePath(path);
        method = UpperCase(method);
        var search = new MatchSearch();
        var result = _matcher.Match(path, method, ref search);
        if (result.Kind == SegmentMatchKind.None && path.Contains("//", StringComparison.Ordinal))
        {
            return MatchMerged(Rule.RepeatedSlashes().Replace(path, "/"), method, ref search);
        }
        return result.Kind switch
        {
            SegmentMatchKind.SlashRequired => RouteMatch.Redirect(UrlQuoting.QuoteRuleText(path + "/")),
            SegmentMatchKind.Found => Matched(result.Rule!, method, search),
            _ => NoMatch(search),
        };
    }

    /// <summary>
    /// Every method some rule for <paramref name="path"/> allows, as Werkzeug's
    /// <c>allowed_methods</c> (what Flask's automatic OPTIONS answers in <c>Allow</c>);
    /// empty when no rule matches the path as it is.
    /// </summary>
    public IReadOnlyCollection<string> AllowedMethods(string path)
    {
        // No rule allows this method, so every rule for the path reports its methods.
        var match = Match(path, "--");
        return match.Kind == RouteMatchKind.MethodNotAllowed ? match.AllowedMethods : [];
    }

    /// <summary>
    /// Builds the URL of <paramref name="endpoint"/>: the path of the first of its rules that
    /// fits the values (and <paramref name="method"/>, if given), plus <c>?query</c> for the
    /// values that are not the rule's. Null values count as not given.
    /// Throws <see cref="BuildException"/> when no rule fits.
    /// </summary>
    public string Build(string endpoint, IReadOnlyDictionary<string, object?> values, string? method = null)
    {
        var given = values.Values.Any(v => v is null)
            ? values.Where(v => v.Value is not null).ToDictionary()
            : values;
        var rule = (method is null ? FindBuildRule(endpoint, given, "GET") : null) ?? FindBuildRule(endpoint, given, method)
            ?? throw BuildErrorExplainer.Explain(_compiled, endpoint, given, method);
        return SingleLeadingSlash(rule.Build(given));
    }

    private CompiledRule? FindBuildRule(string endpoint, IReadOnlyDictionary<string, object?> values, string? method) =>
        _byEndpoint.TryGetValue(endpoint, out var rules) ? rules.FirstOrDefault(r => r.SuitableFor(values, method)) : null;

    // Werkzeug retries with slashes merged and, if that matches, redirects to the merged path.
    private RouteMatch MatchMerged(string merged, string method, ref MatchSearch search)
    {
        var result = _matcher.Match(merged, method, ref search);
        return result.Kind switch
        {
            SegmentMatchKind.SlashRequired => RouteMatch.Redirect(UrlQuoting.QuoteRuleText(merged + "/")),
            SegmentMatchKind.Found when result.Rule!.Rule.MergeSlashes => RouteMatch.Redirect(UrlQuoting.QuoteRuleText(merged)),
            _ => NoMatch(search),
        };
    }

    private RouteMatch Matched(CompiledRule rule, string method, MatchSearch search)
    {
        if (!rule.TryConvert(search.Texts, out var values))
        {
            return NoMatch(search);
        }
        return DefaultsRedirect(rule, method, values) is { } redirect
            ? RouteMatch.Redirect(redirect)
            : RouteMatch.Found(rule.Rule, values);
    }

    // A rule of the same endpoint listed before this one whose defaults equal the matched
    // values is the canonical URL: /pages/1 redirects to /pages/ (defaults {page: 1}).
    private string? DefaultsRedirect(CompiledRule matched, string method, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var rule in _byEndpoint[matched.Rule.Endpoint])
        {
            if (rule == matched)
            {
                break;
            }
            if (rule.ProvidesDefaultsFor(matched) && rule.SuitableFor(values, method))
            {
                var merged = new Dictionary<string, object?>(values);
                foreach (var (name, value) in rule.Rule.Defaults)
                {
                    merged[name] = value;
                }
                return SingleLeadingSlash(rule.Build(merged));
            }
        }
        return null;
    }

    // Werkzeug writes built paths with one leading slash, even for a rule that keeps "//".
    private static string SingleLeadingSlash(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) ? "/" + url.TrimStart('/') : url;

    private static RouteMatch NoMatch(MatchSearch search) =>
        search.Allowed is { Count: > 0 } allowed ? RouteMatch.MethodNotAllowed(allowed) : RouteMatch.NotFound;

    // Werkzeug matches "/" + the path without its leading slashes.
    private static string NormalizePath(string path)
    {
        if (path.Length == 0 || (path[0] == '/' && (path.Length == 1 || path[1] != '/')))
        {
            return path;
        }
        return "/" + path.TrimStart('/');
    }

    private static string UpperCase(string method)
    {
        foreach (var c in method)
        {
            if (char.IsLower(c))
            {
                return method.ToUpperInvariant();
            }
        }
        return method;
    }
}
