using System.Collections;
using System.Text;
using Carafe.Templating.Globals;

namespace Carafe.Templating.Values;

/// <summary>Python's <c>pprint.pformat</c> (width 80, dict keys sorted), which the <c>pprint</c> filter uses.</summary>
internal static class PrettyPrint
{
    private const int Width = 80;

    public static string Format(object? value)
    {
        var sb = new StringBuilder();
        Write(sb, value, 0, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, int indent, int allowance)
    {
        string repr = Repr(value);
        if (repr.Length <= Width - indent - allowance)
        {
            sb.Append(repr);
            return;
        }
        switch (value)
        {
            case IDictionary dict:
                sb.Append('{');
                var entries = SortedItems(dict);
                int inner = indent + 1;
                for (int i = 0; i < entries.Count; i++)
                {
                    bool last = i == entries.Count - 1;
                    string key = Repr(entries[i].Key);
                    sb.Append(key).Append(": ");
                    Write(sb, entries[i].Value, inner + key.Length + 2, last ? allowance + 1 : 1);
                    if (!last) sb.Append(",\n").Append(' ', inner);
                }
                sb.Append('}');
                return;
            case PyTuple tuple:
                sb.Append('(');
                string end = tuple.Count == 1 ? ",)" : ")";
                Items(sb, tuple, indent, allowance + end.Length);
                sb.Append(end);
                return;
            case IList list:
                sb.Append('[');
                Items(sb, list.Cast<object?>().ToList(), indent, allowance + 1);
                sb.Append(']');
                return;
            default:
                sb.Append(repr);
                return;
        }
    }

    private static void Items(StringBuilder sb, IReadOnlyList<object?> items, int indent, int allowance)
    {
        indent += 1;
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(",\n").Append(' ', indent);
            Write(sb, items[i], indent, i == items.Count - 1 ? allowance : 1);
        }
    }

    /// <summary><c>repr()</c> with dict keys sorted, as pprint's <c>safe_repr</c>.</summary>
    private static string Repr(object? value) => value switch
    {
        IDictionary dict => "{" + string.Join(", ", SortedItems(dict).Select(e => Repr(e.Key) + ": " + Repr(e.Value))) + "}",
        PyTuple t => t.Count == 1 ? "(" + Repr(t[0]) + ",)" : "(" + string.Join(", ", t.Select(Repr)) + ")",
        IList list and not PyRange => "[" + string.Join(", ", list.Cast<object?>().Select(Repr)) + "]",
        _ => PyFormat.Repr(value),
    };

    private static List<(object? Key, object? Value)> SortedItems(IDictionary dict) =>
        PySort.Sorted(PyMapping.Items(dict).Cast<PyTuple>().Select(t => (t[0], t[1])), (x, y) => SafeCompare(x.Item1, y.Item1));

    /// <summary>pprint's <c>_safe_key</c>: natural order when comparable, else by type name.</summary>
    private static int SafeCompare(object? x, object? y)
    {
        try
        {
            return PyComparison.Compare(x, y);
        }
        catch (TemplateRuntimeException)
        {
            return string.CompareOrdinal(PyFormat.TypeName(x), PyFormat.TypeName(y));
        }
    }
}
