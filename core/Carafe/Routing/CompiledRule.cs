using System.Text;
using System.Text.RegularExpressions;

namespace Carafe.Routing;

/// <summary>
/// A <see cref="Rule"/> bound to its converters: the parts the matcher follows, and the
/// precomputed pieces URL building joins (static text already quoted).
/// </summary>
internal sealed class CompiledRule
{
    private static readonly IReadOnlyDictionary<string, object?> NoValues = new Dictionary<string, object?>();

    private readonly (string Name, RouteConverter Converter)[] _converters;
    private readonly BuildPiece[] _buildPieces;
    private readonly HashSet<string> _arguments;

    public CompiledRule(Rule rule, ConverterRegistry registry)
    {
        Rule = rule;
        _converters = rule.Tokens.OfType<VariableToken>().Select(v => (v.Name, CreateConverter(rule, v, registry))).ToArray();
        _arguments = new HashSet<string>(rule.Arguments, StringComparer.Ordinal);
        Parts = CompileParts(rule.Tokens, Converter);
        _buildPieces = CompileBuildPieces(rule, Converter);
        TraceKey = string.Concat(rule.Tokens.Select(t => t switch
        {
            SlashToken => "/",
            StaticToken s => s.Text,
            VariableToken v => $"<{v.Name}>",
            _ => throw new InvalidOperationException(),
        }));
    }

    public Rule Rule { get; }

    public IReadOnlyList<RulePart> Parts { get; }

    /// <summary>The pattern with variables reduced to their names: rules with the same key are the same URL.</summary>
    public string TraceKey { get; }

    /// <summary>Werkzeug's build order within an endpoint: more arguments first, then more defaults.</summary>
    public (int, int) BuildSortKey => (-_arguments.Count, -Rule.Defaults.Count);

    /// <summary>Static URL text, or the variable whose value the converter writes there.</summary>
    private readonly record struct BuildPiece(string Text, RouteConverter? Converter);

    private RouteConverter Converter(string name) => _converters.First(c => c.Name == name).Converter;

    /// <summary>
    /// Converts the matched texts (one per converter, in pattern order) and adds the defaults.
    /// False when a converter rejects its text.
    /// </summary>
    public bool TryConvert(IReadOnlyList<string>? texts, out IReadOnlyDictionary<string, object?> values)
    {
        if (_converters.Length == 0)
        {
            values = Rule.Defaults.Count == 0 ? NoValues : Rule.Defaults;
            return true;
        }
        var converted = new Dictionary<string, object?>(_converters.Length + Rule.Defaults.Count, StringComparer.Ordinal);
        for (var i = 0; i < _converters.Length; i++)
        {
            if (!_converters[i].Converter.TryToValue(texts![i], out var value))
            {
                values = NoValues;
                return false;
            }
            converted[_converters[i].Name] = value;
        }
        foreach (var (name, value) in Rule.Defaults)
        {
            converted[name] = value;
        }
        values = converted;
        return true;
    }

    /// <summary>Werkzeug's <c>suitable_for</c>: the method fits, every argument has a value, and given values agree with the defaults.</summary>
    public bool SuitableFor(IReadOnlyDictionary<string, object?> values, string? method)
    {
        if (method is not null && !Rule.Methods.Contains(method))
        {
            return false;
        }
        foreach (var argument in Rule.Arguments)
        {
            if (!Rule.Defaults.ContainsKey(argument) && !values.ContainsKey(argument))
            {
                return false;
            }
        }
        foreach (var (name, value) in Rule.Defaults)
        {
            if (values.TryGetValue(name, out var given) && !PythonValues.AreEqual(value, given))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether this rule holds defaults that make <paramref name="other"/>'s URL redundant.</summary>
    public bool ProvidesDefaultsFor(CompiledRule other) =>
        Rule.Defaults.Count > 0
        && Rule.Endpoint == other.Rule.Endpoint
        && TraceKey != other.TraceKey
        && _arguments.SetEquals(other._arguments);

    /// <summary>The path for <paramref name="values"/>, plus <c>?query</c> for the values that are not arguments.</summary>
    public string Build(IReadOnlyDictionary<string, object?> values)
    {
        var url = new StringBuilder();
        foreach (var (text, converter) in _buildPieces)
        {
            url.Append(converter is null ? text : converter.ToUrl(values[text]));
        }
        if (values.Keys.Any(key => !_arguments.Contains(key)))
        {
            var query = UrlQuoting.EncodeQuery(values.Where(v => !_arguments.Contains(v.Key)));
            if (query.Length > 0)
            {
                url.Append('?').Append(query);
            }
        }
        return url.ToString();
    }

    private static RouteConverter CreateConverter(Rule rule, VariableToken variable, ConverterRegistry registry)
    {
        if (!registry.TryGet(variable.Converter, out var factory))
        {
            throw new ArgumentException(
                $"The URL rule '{rule.Pattern}' uses the converter '{variable.Converter}', which is not registered (known: {string.Join(", ", registry.Names.Order(StringComparer.Ordinal))}).");
        }
        try
        {
            return factory(variable.Arguments);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The URL rule '{rule.Pattern}' has bad arguments for '{variable.Converter}': {e.Message}", e);
        }
    }

    // Werkzeug's Rule._parse_rule: a part per slash-separated segment, except that once a
    // converter may match slashes the rest of the rule is one final part.
    private static List<RulePart> CompileParts(IReadOnlyList<RuleToken> tokens, Func<string, RouteConverter> converter)
    {
        var parts = new List<RulePart>();
        var content = new StringBuilder();
        var staticPieces = new List<string>();
        var converterWeights = new List<int>();
        var isStatic = true;
        var isFinal = false;
        var loneDefault = false;

        void EndPart()
        {
            if (isStatic)
            {
                parts.Add(RulePart.Static(content.ToString()));
            }
            else
            {
                content.Append(@"\z");
                var lone = loneDefault && staticPieces.Count == 0 && converterWeights.Count == 1;
                parts.Add(RulePart.Dynamic(content.ToString(), isFinal, new PartWeight(staticPieces, converterWeights), converterWeights.Count, lone));
            }
            content.Clear();
            staticPieces = [];
            converterWeights = [];
            isStatic = true;
            isFinal = false;
            loneDefault = false;
        }

        foreach (var token in tokens)
        {
            switch (token)
            {
                case StaticToken s:
                    staticPieces.Add(s.Text);
                    content.Append(isStatic ? s.Text : Regex.Escape(s.Text));
                    break;
                case VariableToken v:
                    if (isStatic)
                    {
                        var text = content.ToString();
                        content.Clear().Append(Regex.Escape(text));
                        isStatic = false;
                    }
                    var c = converter(v.Name);
                    isFinal |= !c.PartIsolating;
                    loneDefault = RulePart.IsAnySegment(c.Regex);
                    content.Append("(?<").Append(RulePart.GroupName(converterWeights.Count)).Append('>').Append(c.Regex).Append(')');
                    converterWeights.Add(c.Weight);
                    break;
                case SlashToken when isFinal:
                    content.Append('/');
                    break;
                case SlashToken:
                    EndPart();
                    break;
            }
        }
        EndPart();
        return parts;
    }

    // The URL pieces: quoted static text, variables, and variables that have a default
    // written out ahead of time, merged where adjacent.
    private static BuildPiece[] CompileBuildPieces(Rule rule, Func<string, RouteConverter> converter)
    {
        var pieces = new List<BuildPiece>();
        foreach (var token in rule.Tokens)
        {
            var piece = token switch
            {
                SlashToken => new BuildPiece("/", null),
                StaticToken s => new BuildPiece(UrlQuoting.QuoteRuleText(s.Text), null),
                VariableToken v when rule.Defaults.TryGetValue(v.Name, out var value) => new BuildPiece(converter(v.Name).ToUrl(value), null),
                VariableToken v => new BuildPiece(v.Name, converter(v.Name)),
                _ => throw new InvalidOperationException(),
            };
            if (piece.Converter is null && pieces.Count > 0 && pieces[^1].Converter is null)
            {
                pieces[^1] = new BuildPiece(pieces[^1].Text + piece.Text, null);
            }
            else
            {
                pieces.Add(piece);
            }
        }
        return pieces.ToArray();
    }
}
