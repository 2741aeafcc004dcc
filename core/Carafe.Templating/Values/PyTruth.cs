using System.Collections;

namespace Carafe.Templating.Values;

/// <summary>Python's truthiness: <c>None</c>, <c>0</c>, empty strings and empty containers are false.</summary>
internal static class PyTruth
{
    public static bool IsTrue(object? value)
    {
        switch (value)
        {
            case null: return false;
            case bool b: return b;
            case string s: return s.Length > 0;
            case long l: return l != 0;
            case double d: return d != 0;
            case Markup m: return m.Html.Length > 0;
            case Undefined u: u.FailIfStrict(); return false;
            case ICollection c: return c.Count > 0;
        }
        if (GenericMapping.AsMapping(value) is { } mapping) return mapping.Count > 0;
        if (PyNumber.TryGetFloat(value, out double n)) return n != 0;
        return true;
    }
}
