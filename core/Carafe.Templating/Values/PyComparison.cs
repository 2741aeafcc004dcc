using System.Collections;

namespace Carafe.Templating.Values;

/// <summary>Python's ordering (<c>&lt;</c>, <c>&lt;=</c>, ...) and membership (<c>in</c>).</summary>
internal static class PyComparison
{
    /// <summary>Orders two values as Python does, or fails as Python's TypeError would.</summary>
    public static int Compare(object? a, object? b, string op = "<")
    {
        if (a is Undefined ua) throw ua.Fail();
        if (b is Undefined ub) throw ub.Fail();
        if (PyNumber.TryGetInteger(a, out long la) && PyNumber.TryGetInteger(b, out long lb)) return la.CompareTo(lb);
        if (PyNumber.TryGetBig(a, out var ba) && PyNumber.TryGetBig(b, out var bb)) return ba.CompareTo(bb);
        if (PyNumber.TryGetFloat(a, out double da) && PyNumber.TryGetFloat(b, out double db)) return da.CompareTo(db);
        if (Text(a) is string sa && Text(b) is string sb) return string.CompareOrdinal(sa, sb) switch { < 0 => -1, > 0 => 1, _ => 0 };
        if ((a is PyTuple && b is PyTuple) || (PyArithmetic.IsList(a) && PyArithmetic.IsList(b)))
        {
            var x = (IList)a!;
            var y = (IList)b!;
            for (int i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                if (PyEquality.Equal(x[i], y[i])) continue;
                return Compare(x[i], y[i], op);
            }
            return x.Count.CompareTo(y.Count);
        }
        if (a is IComparable ca && b is not null && a.GetType() == b.GetType()) return ca.CompareTo(b);
        throw new TemplateRuntimeException(
            $"'{op}' not supported between instances of '{PyFormat.TypeName(a)}' and '{PyFormat.TypeName(b)}'");
    }

    private static string? Text(object? value) => value as string ?? (value as Markup)?.Html;

    public static bool Contains(object? container, object? item)
    {
        switch (container)
        {
            case Undefined u:
                u.FailIfStrict();
                return false;
            case string s:
                if (Text(item) is string sub) return s.Contains(sub, StringComparison.Ordinal);
                throw new TemplateRuntimeException($"'in <string>' requires string as left operand, not {PyFormat.TypeName(item)}");
            case Markup m:
                return m.Html.Contains(PyFormat.Str(item), StringComparison.Ordinal);
            case IDictionary d:
                return PyMapping.TryGet(d, item, out _);
            case var _ when GenericMapping.AsMapping(container) is { } mapping:
                return PyMapping.TryGet(mapping, item, out _);
            case IEnumerable e:
                foreach (var x in e)
                    if (PyEquality.Equal(x, item)) return true;
                return false;
            default:
                throw new TemplateRuntimeException($"argument of type '{PyFormat.TypeName(container)}' is not iterable");
        }
    }
}
