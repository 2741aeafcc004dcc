using System.Collections;
using System.Globalization;
using System.Text;

namespace Carafe.Templating.Values;

/// <summary>Python's <c>json.dumps(value, sort_keys=True)</c>, which the <c>tojson</c> filter uses.</summary>
internal static class PyJson
{
    public static string Dumps(object? value, int? indent)
    {
        var sb = new StringBuilder();
        Write(sb, value, indent, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, int? indent, int level)
    {
        switch (value)
        {
            case null: sb.Append("null"); return;
            case Undefined: throw new TemplateRuntimeException("Object of type Undefined is not JSON serializable");
            case bool b: sb.Append(b ? "true" : "false"); return;
            case string or Markup or char: String(sb, PyFormat.Str(value)); return;
            case double or float or decimal:
                PyNumber.TryGetFloat(value, out double d);
                sb.Append(double.IsNaN(d) ? "NaN" : double.IsPositiveInfinity(d) ? "Infinity" : double.IsNegativeInfinity(d) ? "-Infinity" : PyFormat.Float(d));
                return;
            case var _ when GenericMapping.AsMapping(value) is { } dict:
                var entries = PyMapping.Items(dict).Cast<PyTuple>().Select(t => new DictionaryEntry(t[0]!, t[1])).OrderBy(e => e.Key, Comparer<object>.Create((x, y) => PyComparison.Compare(x, y))).ToList();
                Container(sb, '{', '}', entries.Count, indent, level, (i, l) =>
                {
                    String(sb, PyFormat.Str(entries[i].Key));
                    sb.Append(": ");
                    Write(sb, entries[i].Value, indent, l);
                });
                return;
            case IEnumerable list:
                var items = list.Cast<object?>().ToList();
                Container(sb, '[', ']', items.Count, indent, level, (i, l) => Write(sb, items[i], indent, l));
                return;
        }
        if (PyNumber.TryGetInteger(value, out long n)) { sb.Append(n.ToString(CultureInfo.InvariantCulture)); return; }
        throw new TemplateRuntimeException($"Object of type {PyFormat.TypeName(value)} is not JSON serializable");
    }

    private static void Container(StringBuilder sb, char open, char close, int count, int? indent, int level, Action<int, int> item)
    {
        sb.Append(open);
        if (count == 0) { sb.Append(close); return; }
        for (int i = 0; i < count; i++)
        {
            if (indent is int width) sb.Append(i == 0 ? "\n" : ",\n").Append(' ', width * (level + 1));
            else if (i > 0) sb.Append(", ");
            item(i, level + 1);
        }
        if (indent is int w) sb.Append('\n').Append(' ', w * level);
        sb.Append(close);
    }

    private static void String(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7e) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
