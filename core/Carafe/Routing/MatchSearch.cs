namespace Carafe.Routing;

/// <summary>
/// What a walk collects on the way, allocated only when needed: the texts matched by the
/// converters of the current branch, and the methods of rules that matched all but the method.
/// </summary>
internal struct MatchSearch
{
    private List<string>? _texts;
    private HashSet<string>? _allowed;

    public readonly int TextCount => _texts?.Count ?? 0;

    public readonly IReadOnlyList<string>? Texts => _texts;

    public readonly IReadOnlyCollection<string>? Allowed => _allowed;

    public void AddText(string text) => (_texts ??= []).Add(text);

    public readonly void TruncateTexts(int count) => _texts?.RemoveRange(count, _texts.Count - count);

    public void AddAllowed(IEnumerable<string> methods) => (_allowed ??= new(StringComparer.Ordinal)).UnionWith(methods);
}
