namespace Carafe.Routing;

/// <summary>How a walk through the <see cref="RouteMatcher"/> ended.</summary>
internal enum SegmentMatchKind
{
    /// <summary>No rule matches this way.</summary>
    None,

    /// <summary>A rule matches.</summary>
    Found,

    /// <summary>A strict-slashes rule matches the path plus a trailing slash.</summary>
    SlashRequired,
}

/// <summary>The outcome of a walk: its kind and, when found, the rule.</summary>
internal readonly record struct SegmentMatch(SegmentMatchKind Kind, CompiledRule? Rule)
{
    public static SegmentMatch SlashRequired => new(SegmentMatchKind.SlashRequired, null);

    public static SegmentMatch Found(CompiledRule rule) => new(SegmentMatchKind.Found, rule);
}
