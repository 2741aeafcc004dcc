using Carafe.Pipeline;

namespace Carafe.Views;

/// <summary>
/// Flashed messages, kept in the session under <c>_flashes</c> as [category, message] pairs, as
/// Flask keeps them; reading them removes them from the session, once per request.
/// </summary>
internal static class Flashes
{
    private const string Key = "_flashes";

    public static void Add(RequestContext context, string message, string category)
    {
        var flashes = context.Session.Get(Key) as List<object?> ?? [];
        flashes.Add(new List<object?> { category, message });
        context.Session[Key] = flashes;
    }

    public static IReadOnlyList<(string Category, string Message)> Get(RequestContext context, IEnumerable<string>? categoryFilter)
    {
        if (context.ConsumedFlashes is null)
        {
            var stored = context.Session.ContainsKey(Key) ? context.Session.Pop(Key) as List<object?> : null;
            context.ConsumedFlashes = (stored ?? [])
                .OfType<List<object?>>()
                .Where(pair => pair.Count == 2)
                .Select(pair => (pair[0]?.ToString() ?? "message", pair[1]?.ToString() ?? ""))
                .ToList();
        }
        var filter = categoryFilter?.ToHashSet(StringComparer.Ordinal);
        return filter is null || filter.Count == 0
            ? context.ConsumedFlashes
            : context.ConsumedFlashes.Where(f => filter.Contains(f.Category)).ToList();
    }
}
