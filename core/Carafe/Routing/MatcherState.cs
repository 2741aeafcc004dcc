using System.Runtime.InteropServices;

namespace Carafe.Routing;

/// <summary>
/// A state of the <see cref="RouteMatcher"/>: the rules that end here, and the transitions
/// on the next path segment (static by exact text, dynamic by regular expression, in weight order).
/// </summary>
internal sealed class MatcherState
{
    private readonly Dictionary<string, MatcherState> _static = new(StringComparer.Ordinal);
    private readonly List<(RulePart Part, MatcherState Target)> _dynamic = [];
    private readonly List<CompiledRule> _rules = [];

    public MatcherState()
    {
        StaticBySpan = _static.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Static transitions, looked up by a slice of the path without allocating.</summary>
    public Dictionary<string, MatcherState>.AlternateLookup<ReadOnlySpan<char>> StaticBySpan { get; }

    // Spans, so that the matcher's loops enumerate without allocating.
    public ReadOnlySpan<(RulePart Part, MatcherState Target)> Dynamic => CollectionsMarshal.AsSpan(_dynamic);

    /// <summary>The rules whose parts all lead here, in the order they were added.</summary>
    public ReadOnlySpan<CompiledRule> Rules => CollectionsMarshal.AsSpan(_rules);

    /// <summary>The state reached by an empty segment (a trailing slash), if any.</summary>
    public MatcherState? TrailingSlash => _static.GetValueOrDefault("");

    public void AddRule(CompiledRule rule) => _rules.Add(rule);

    /// <summary>The state after <paramref name="part"/>, created when no rule reached it before.</summary>
    public MatcherState Follow(RulePart part)
    {
        if (part.IsStatic)
        {
            if (!_static.TryGetValue(part.Content, out var next))
            {
                next = new MatcherState();
                _static.Add(part.Content, next);
            }
            return next;
        }
        foreach (var (existing, target) in _dynamic)
        {
            if (existing.SameTransitionAs(part))
            {
                return target;
            }
        }
        var created = new MatcherState();
        part.CompileRegex();
        _dynamic.Add((part, created));
        return created;
    }

    /// <summary>Orders the dynamic transitions by weight, here and in every later state.</summary>
    public void SortByWeight()
    {
        // A stable sort: equal weights keep the order their rules were added in.
        var ordered = _dynamic.OrderBy(entry => entry.Part.Weight).ToList();
        _dynamic.Clear();
        _dynamic.AddRange(ordered);
        foreach (var next in _static.Values)
        {
            next.SortByWeight();
        }
        foreach (var (_, next) in _dynamic)
        {
            next.SortByWeight();
        }
    }
}
