using System.Text.RegularExpressions;

namespace Carafe.Routing;

/// <summary>
/// One URL rule, as Werkzeug's <c>Rule</c>: a pattern such as <c>/post/&lt;int:post_id&gt;</c>,
/// the endpoint it leads to, the HTTP methods it answers and default values.
/// The pattern's syntax is checked here; its converters are looked up when a
/// <see cref="RouteMap"/> compiles it.
/// </summary>
internal sealed partial class Rule
{
    private static readonly IReadOnlyDictionary<string, object?> NoDefaults = new Dictionary<string, object?>();

    /// <param name="pattern">The rule, starting with <c>/</c>; variables are <c>&lt;converter(arguments):name&gt;</c>.</param>
    /// <param name="endpoint">The name URL building refers to the rule by.</param>
    /// <param name="methods">HTTP methods, any case; null means GET, as Flask's default. GET implies HEAD.</param>
    /// <param name="defaults">Values given to the view when matched, and used to pick this rule when building.</param>
    /// <param name="strictSlashes">A rule ending in <c>/</c> redirects requests without the slash to it.</param>
    /// <param name="mergeSlashes">Requests with doubled slashes redirect to the merged path.</param>
    public Rule(string pattern, string endpoint, IEnumerable<string>? methods = null,
        IReadOnlyDictionary<string, object?>? defaults = null, bool strictSlashes = true, bool mergeSlashes = true)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!pattern.StartsWith('/'))
        {
            throw new ArgumentException($"The URL rule '{pattern}' must start with a slash.", nameof(pattern));
        }
        Pattern = pattern;
        Endpoint = endpoint;
        Methods = NormalizeMethods(methods ?? ["GET"]);
        Defaults = defaults is null || defaults.Count == 0 ? NoDefaults : new Dictionary<string, object?>(defaults);
        StrictSlashes = strictSlashes;
        MergeSlashes = mergeSlashes;
        Tokens = RulePatternParser.Parse(mergeSlashes ? RepeatedSlashes().Replace(pattern, "/") : pattern);
        Arguments = Tokens.OfType<VariableToken>().Select(v => v.Name)
            .Concat(Defaults.Keys)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>The endpoint name.</summary>
    public string Endpoint { get; }

    /// <summary>The upper-case methods, with HEAD when GET is there; OPTIONS is the app's business.</summary>
    public IReadOnlySet<string> Methods { get; }

    /// <summary>The default values.</summary>
    public IReadOnlyDictionary<string, object?> Defaults { get; }

    /// <summary>Whether a missing trailing slash redirects to the rule.</summary>
    public bool StrictSlashes { get; }

    /// <summary>Whether doubled slashes in a request redirect to the merged path.</summary>
    public bool MergeSlashes { get; }

    /// <summary>The variable names in pattern order, then the default names not among them.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The parsed pattern (with doubled slashes merged when <see cref="MergeSlashes"/>).</summary>
    internal IReadOnlyList<RuleToken> Tokens { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Pattern} ({string.Join(", ", Methods)}) -> {Endpoint}";

    [GeneratedRegex("/{2,}")]
    internal static partial Regex RepeatedSlashes();

    private static HashSet<string> NormalizeMethods(IEnumerable<string> methods)
    {
        var set = new HashSet<string>(methods.Select(m => m.ToUpperInvariant()), StringComparer.Ordinal);
        if (set.Contains("GET"))
        {
            set.Add("HEAD");
        }
        return set;
    }
}
