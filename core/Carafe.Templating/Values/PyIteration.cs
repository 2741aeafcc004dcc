using System.Collections;
using System.Runtime.CompilerServices;

namespace Carafe.Templating.Values;

/// <summary>What a <c>for</c> loop or a filter iterates: strings by character, dicts by key, undefined as empty.</summary>
internal static class PyIteration
{
    public static bool IsIterable(object? value) =>
        value is IEnumerable or ITuple || value is Undefined { Behavior: not UndefinedBehavior.Strict } || GenericMapping.AsPair(value) is not null;

    public static IEnumerable<object?> Iterate(object? value)
    {
        switch (value)
        {
            case string s: return Characters(s);
            case Markup m: return Characters(m.Html);
            case IDictionary d: return PyMapping.Keys(d);
            case ITuple tuple: return AsTuple(tuple);
            case var _ when GenericMapping.AsMapping(value) is { } mapping: return PyMapping.Keys(mapping);
            case var _ when GenericMapping.AsPair(value) is { } pair: return pair;
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
    private static int CodePoints(string s)
    {
        int surrogates = 0;
        foreach (char c in s)
            if (char.IsHighSurrogate(c)) surrogates++;
        return s.Length - surrogates;
    }

    public static IReadOnlyList<object?> AsReadOnlyList(object? value) => value switch
    {
        List<object?> l => l,
        PyTuple t => t,
        object?[] a => a,
        _ => ToList(value),
    };

    /// <summary>A .NET tuple (<c>(category, message)</c>) as the Python tuple it stands for.</summary>
    public static PyTuple AsTuple(ITuple tuple)
    {
        var items = new object?[tuple.Length];
        for (int i = 0; i < items.Length; i++) items[i] = tuple[i];
        return new PyTuple(items);
    }

    /// <summary>A string's characters as Python sees them: code points, so an emoji is one.</summary>
    private static IEnumerable<object?> Characters(string s) => s.EnumerateRunes().Select(r => (object?)r.ToString());

    public static int Length(object? value)
    {
        switch (value)
        {
            case string s: return CodePoints(s);
            case Markup m: return CodePoints(m.Html);
            case ICollection c: return c.Count;
            case ITuple t: return t.Length;
            case Undefined u: u.FailIfStrict(); return 0;
            case PyGenerator g: throw new TemplateRuntimeException($"object of type '{PyFormat.TypeName(g)}' has no len()");
            case IEnumerable e: return e.Cast<object?>().Count();
            default: throw new TemplateRuntimeException($"object of type '{PyFormat.TypeName(value)}' has no len()");
        }
    }
}
