using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Filters;

/// <summary>
/// Jinja's <c>make_attrgetter</c>: reads <c>"a.b.0"</c> from an item part by part (item lookup first, as
/// <c>getitem</c>), optionally lower-casing strings for case-insensitive sorting and grouping.
/// </summary>
internal static class AttributeGetter
{
    public static Func<object?, object?> Create(RenderContext context, object? attribute, bool ignoreCase = false, object? fallback = null, bool hasFallback = false)
    {
        object?[] parts = attribute switch
        {
            null => [],
            string s => [.. s.Split('.').Select(p => long.TryParse(p, out long i) ? (object)i : p)],
            _ => [attribute],
        };
        return item =>
        {
            foreach (var part in parts) item = Attributes.GetItem(context, item, part);
            if (hasFallback && item is Undefined) item = fallback;
            return ignoreCase ? IgnoreCase(item) : item;
        };
    }

    public static object? IgnoreCase(object? value) => value switch
    {
        string s => s.ToLowerInvariant(),
        Markup m => m.Html.ToLowerInvariant(),
        _ => value,
    };

    /// <summary>A getter for each comma-separated attribute (<c>sort(attribute="last,first")</c>), compared as a tuple.</summary>
    public static Func<object?, object?> CreateMany(RenderContext context, object? attribute, bool ignoreCase)
    {
        if (attribute is not string s || !s.Contains(',')) return Create(context, attribute, ignoreCase);
        var getters = s.Split(',').Select(part => Create(context, part.Trim(), ignoreCase)).ToArray();
        return item => new PyTuple([.. getters.Select(g => g(item))]);
    }
}
