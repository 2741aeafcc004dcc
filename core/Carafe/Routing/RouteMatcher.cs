using System.Text.RegularExpressions;

namespace Carafe.Routing;

/// <summary>
/// Finds the rule for a path, with the semantics of Werkzeug's <c>StateMachineMatcher</c>.
/// <para>
/// Every rule is compiled into parts, one per path segment (<c>/post/&lt;int:id&gt;</c> is
/// <c>""</c>, <c>post</c>, <c>(\d+)</c>), and all rules are merged into one tree of
/// <see cref="MatcherState"/>s: rules sharing a prefix share its states. Matching walks the
/// path one segment at a time, trying the static transition for the segment's exact text
/// first (a dictionary lookup on a slice of the path, no allocation), then the dynamic
/// transitions in weight order (<c>int</c> before <c>string</c> before <c>path</c>, more
/// static text before less), backtracking when a branch leads nowhere. A part holding a
/// converter that may match <c>/</c> (<c>path</c>) is final: it matches the whole rest of
/// the path. The cost of a match depends on the depth of the path and the branching where
/// it goes, not on the number of rules.
/// </para>
/// <para>
/// At the end of the path the first rule of the state that allows the method wins; rules
/// that did not allow it contribute their methods to a 405's <c>Allow</c>. A rule one
/// trailing slash further on means the request should be redirected there (strict slashes).
/// </para>
/// </summary>
internal sealed class RouteMatcher
{
    private readonly MatcherState _root = new();

    public RouteMatcher(IEnumerable<CompiledRule> rules)
    {
        foreach (var rule in rules)
        {
            var state = _root;
            try
            {
                foreach (var part in rule.Parts)
                {
                    state = state.Follow(part);
                }
            }
            catch (RegexParseException e)
            {
                throw new ArgumentException($"The URL rule '{rule.Rule.Pattern}' has a converter with an invalid regular expression: {e.Message}", e);
            }
            state.AddRule(rule);
        }
        _root.SortByWeight();
    }

    /// <summary>
    /// Matches <paramref name="path"/> (starting with <c>/</c>, or empty) for
    /// <paramref name="method"/>. <paramref name="search"/> collects the converter texts of
    /// the rule found and the methods of rules that matched the path but not the method.
    /// </summary>
    public SegmentMatch Match(string path, string method, ref MatchSearch search) =>
        Walk(_root, path, 0, method, ref search);

    private static SegmentMatch Walk(MatcherState state, string path, int start, string method, ref MatchSearch search)
    {
        // Segments run from start to the next slash; past the end, all are consumed.
        if (start > path.Length)
        {
            return AtEnd(state, method, ref search);
        }
        var end = path.IndexOf('/', start);
        if (end < 0)
        {
            end = path.Length;
        }
        var next = end + 1;

        if (state.StaticBySpan.TryGetValue(path.AsSpan(start, end - start), out var staticTarget))
        {
            var result = Walk(staticTarget, path, next, method, ref search);
            if (result.Kind != SegmentMatchKind.None)
            {
                return result;
            }
        }

        foreach (var (part, target) in state.Dynamic)
        {
            var targetEnd = part.IsFinal ? path.Length : end;
            var mark = search.TextCount;
            if (!TryPart(part, path, start, targetEnd, ref search))
            {
                continue;
            }
            var result = Walk(target, path, part.IsFinal ? path.Length + 1 : next, method, ref search);
            if (result.Kind != SegmentMatchKind.None)
            {
                return result;
            }
            search.TruncateTexts(mark);
        }

        // Only a trailing slash is left: rules without strict slashes match without it.
        if (start == path.Length)
        {
            foreach (var rule in state.Rules)
            {
                if (rule.Rule.StrictSlashes)
                {
                    continue;
                }
                if (rule.Rule.Methods.Contains(method))
                {
                    return SegmentMatch.Found(rule);
                }
                search.AddAllowed(rule.Rule.Methods);
            }
        }
        return default;
    }

    private static SegmentMatch AtEnd(MatcherState state, string method, ref MatchSearch search)
    {
        foreach (var rule in state.Rules)
        {
            if (rule.Rule.Methods.Contains(method))
            {
                return SegmentMatch.Found(rule);
            }
            search.AddAllowed(rule.Rule.Methods);
        }
        // A rule with one more (trailing) slash: redirect there, or match it outright.
        if (state.TrailingSlash is { } slashed)
        {
            foreach (var rule in slashed.Rules)
            {
                if (rule.Rule.Methods.Contains(method))
                {
                    return rule.Rule.StrictSlashes ? SegmentMatch.SlashRequired : SegmentMatch.Found(rule);
                }
            }
        }
        return default;
    }

    private static bool TryPart(RulePart part, string path, int start, int end, ref MatchSearch search)
    {
        if (part.Regex is null)
        {
            if (end == start)
            {
                return false;
            }
            search.AddText(path.Substring(start, end - start));
            return true;
        }
        var match = part.Regex.Match(path, start, end - start);
        if (!match.Success)
        {
            return false;
        }
        for (var i = 0; i < part.ConverterCount; i++)
        {
            search.AddText(match.Groups[RulePart.GroupName(i)].Value);
        }
        return true;
    }
}
