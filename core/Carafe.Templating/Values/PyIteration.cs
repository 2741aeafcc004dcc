using System.Collections;

namespace Carafe.Templating.Values;

/// <summary>What a <c>for</c> loop or a filter iterates: strings by character, dicts by key, undefined as empty.</summary>
internal static class PyIteration
{
    public static bool IsIterable(object? value) =>
        value is IEnumerable || value is Undefined { Behavior: not UndefinedBehavior.Strict };

    public static IEnumerable<object?> Iterate(object? value)
    {
        switch (value)
        {
            case string s: return s.Select(c => (object?)c.ToString());
            case Markup m: return m.Html.Select(c => (object?)c.ToString());
            case IDictionary d: return PyMapping.Keys(d);
            case IEnumerable<object?> typed: return typed;
            case IEnumerable e: return e.Cast<object?>();
            case Undefined u:
                u.FailIfStrict();
                return [];
            default:
                throw new TemplateRuntimeException($"'{PyFormat.TypeName(value)}' object is not iterable");
        }
    }

    /// <summary>Materialises an iterable as a list, as Python's <c>list()</c> does.</summary>
    public static List<object?> ToList(object? value) => value is List<object?> l ? new List<object?>(l) : [.. Iterate(value)];

    /// <summary>A read-only view for indexing, without copying lists.</summary>
    public static IReadOnlyList<object?> AsReadOnlyList(object? value) => value switch
    {
        List<object?> l => l,
        PyTuple t => t,
        object?[] a => a,
        _ => ToList(value),
    };

    public static int Length(object? value)
    {
        switch (value)
        {
            case string s: return s.Length;
            case Markup m: return m.Html.Length;
            case ICollection c: return c.Count;
            case Undefined u: u.FailIfStrict(); return 0;
            case IEnumerable e: return e.Cast<object?>().Count();
            default: throw new TemplateRuntimeException($"object of type '{PyFormat.TypeName(value)}' has no len()");
        }
    }
}
