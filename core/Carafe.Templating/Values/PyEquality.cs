using System.Collections;

namespace Carafe.Templating.Values;

/// <summary>Python's <c>==</c> and <c>hash()</c>: <c>1 == 1.0 == True</c>, containers compared item by item.</summary>
internal sealed class PyEquality : IEqualityComparer<object?>, IEqualityComparer
{
    public static readonly PyEquality Instance = new();

    public static bool Equal(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        if (a is Undefined ua) { ua.FailIfStrict(); return b is Undefined; }
        if (b is Undefined ub) { ub.FailIfStrict(); return false; }
        if (a is string sa) return b is string sb ? sa == sb : b is Markup mb && mb.Html == sa;
        if (a is Markup ma) return b is Markup mb2 ? ma.Html == mb2.Html : b is string sb2 && sb2 == ma.Html;
        if (PyNumber.IsNumber(a) && PyNumber.IsNumber(b))
        {
            if (PyNumber.TryGetInteger(a, out long la) && PyNumber.TryGetInteger(b, out long lb)) return la == lb;
            if (PyNumber.TryGetBig(a, out var ba) && PyNumber.TryGetBig(b, out var bb)) return ba == bb;
            PyNumber.TryGetFloat(a, out double da);
            PyNumber.TryGetFloat(b, out double db);
            return da == db;
        }
        if (a is PyTuple ta) return b is PyTuple tb && SequenceEqual(ta, tb);
        if (b is PyTuple) return false;
        if (a is IDictionary da2) return b is IDictionary db2 && DictEqual(da2, db2);
        if (a is IList la2) return b is IList lb2 && !(b is IDictionary) && SequenceEqual(la2, lb2);
        return a.Equals(b);
    }

    private static bool SequenceEqual(IList a, IList b)
    {
        if (a.Count != b.Count) return false;
        for (int i = 0; i < a.Count; i++)
            if (!Equal(a[i], b[i])) return false;
        return true;
    }

    private static bool DictEqual(IDictionary a, IDictionary b)
    {
        if (a.Count != b.Count) return false;
        foreach (DictionaryEntry e in a)
        {
            if (!PyMapping.TryGet(b, e.Key, out var other) || !Equal(e.Value, other)) return false;
        }
        return true;
    }

    public new bool Equals(object? x, object? y) => Equal(x, y);

    public int GetHashCode(object? obj)
    {
        switch (obj)
        {
            case null: return 0;
            case string s: return s.GetHashCode();
            case Markup m: return m.Html.GetHashCode();
            case PyTuple t:
                var h = new HashCode();
                foreach (var item in t) h.Add(GetHashCode(item));
                return h.ToHashCode();
        }
        if (PyNumber.TryGetInteger(obj, out long l)) return l.GetHashCode();
        if (obj is System.Numerics.BigInteger big) return big.GetHashCode();
        if (PyNumber.TryGetFloat(obj, out double d))
            return d == Math.Floor(d) && Math.Abs(d) < 9e18 ? ((long)d).GetHashCode() : d.GetHashCode();
        if (obj is IList or IDictionary) throw new TemplateRuntimeException($"unhashable type: '{PyFormat.TypeName(obj)}'");
        return obj.GetHashCode();
    }

    bool IEqualityComparer.Equals(object? x, object? y) => Equal(x, y);
}
