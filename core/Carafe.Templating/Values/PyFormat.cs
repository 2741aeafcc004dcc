using System.Collections;
using System.Globalization;
using System.Text;
using Carafe.Templating.Globals;

namespace Carafe.Templating.Values;

/// <summary>Python's <c>str()</c> and <c>repr()</c> of the values templates see, so output matches Jinja's.</summary>
internal static class PyFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Str(object? value) => value switch
    {
        null => "None",
        string s => s,
        bool b => b ? "True" : "False",
        long l => l.ToString(Invariant),
        int i => i.ToString(Invariant),
        double d => Float(d),
        Markup m => m.Html,
        IHtml html => html.ToHtml(),
        Undefined u => u.Print(),
        _ => Other(value),
    };

    public static string Repr(object? value) => value switch
    {
        null => "None",
        string s => QuoteString(s),
        Markup m => "Markup(" + QuoteString(m.Html) + ")",
        Undefined => "Undefined",
        char c => QuoteString(c.ToString()),
        _ => Str(value),
    };

    private static string Other(object value)
    {
        switch (value)
        {
            case PyTuple t:
                return t.Count == 1 ? "(" + Repr(t[0]) + ",)" : "(" + string.Join(", ", t.Select(Repr)) + ")";
            case PyRange range:
                return range.ToString();
            case System.Runtime.CompilerServices.ITuple tuple:
                return Str(PyIteration.AsTuple(tuple));
            case IDictionary d:
                var sb = new StringBuilder("{");
                bool first = true;
                foreach (DictionaryEntry e in d)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(Repr(e.Key)).Append(": ").Append(Repr(e.Value));
                }
                return sb.Append('}').ToString();
            case IList list:
                return "[" + string.Join(", ", list.Cast<object?>().Select(Repr)) + "]";
            case var _ when GenericMapping.AsMapping(value) is { } mapping:
                return Str(mapping);
            case var _ when GenericMapping.AsPair(value) is { } pair:
                return Str(pair);
            case float f: return Float(f);
            case decimal m: return Float((double)m);
            case char c: return c.ToString();
            case IFormattable f when PyNumber.IsInteger(value): return f.ToString(null, Invariant);
            default:
                return Convert.ToString(value, Invariant) ?? "";
        }
    }

    /// <summary>Python's float repr: the shortest text that reads back, <c>1.0</c>, <c>0.1</c>, <c>1e+20</c>, <c>inf</c>.</summary>
    public static string Float(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0.0" : "0.0";
        Span<char> buffer = stackalloc char[32];
        double magnitude = Math.Abs(d);
        if (magnitude >= 1e-4 && magnitude < 1e15 && d.TryFormat(buffer, out int written, "R", Invariant) && !buffer[..written].Contains('E'))
        {
            // .NET's shortest round-trip text already matches Python's repr in this range, bar the ".0" of whole numbers.
            var text = buffer[..written];
            return text.Contains('.') ? new string(text) : string.Concat(text, ".0");
        }
        string r = magnitude.ToString("R", Invariant);
        int e = r.IndexOf('E');
        string mantissa = e < 0 ? r : r[..e];
        int exp = e < 0 ? 0 : int.Parse(r[(e + 1)..], Invariant);
        int dot = mantissa.IndexOf('.');
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int point = (dot < 0 ? mantissa.Length : dot) + exp;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') lead++;
        digits = digits[lead..];
        point -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        int sci = point - 1;
        var sb = new StringBuilder();
        if (d < 0) sb.Append('-');
        if (sci >= -4 && sci < 16)
        {
            if (point <= 0) sb.Append("0.").Append('0', -point).Append(digits);
            else if (point >= digits.Length) sb.Append(digits).Append('0', point - digits.Length).Append(".0");
            else sb.Append(digits, 0, point).Append('.').Append(digits, point, digits.Length - point);
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(sci < 0 ? '-' : '+').Append(Math.Abs(sci).ToString("00", Invariant));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Python's string repr: single quotes unless the text holds one and no double quote; characters Python deems
    /// unprintable (controls, format characters, separators other than the space) escaped as <c>\xa0</c>, <c>\u200b</c>.
    /// </summary>
    public static string QuoteString(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        foreach (var rune in s.EnumerateRunes())
        {
            int c = rune.Value;
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c == quote) sb.Append('\\').Append(quote);
                    else if (IsPrintable(rune)) sb.Append(rune.ToString());
                    else if (c < 0x100) sb.Append("\\x").Append(c.ToString("x2", Invariant));
                    else if (c < 0x10000) sb.Append("\\u").Append(c.ToString("x4", Invariant));
                    else sb.Append("\\U").Append(c.ToString("x8", Invariant));
                    break;
            }
        }
        return sb.Append(quote).ToString();
    }

    private static bool IsPrintable(Rune rune) => rune.Value == ' ' || Rune.GetUnicodeCategory(rune) is not (
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or
        UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or
        UnicodeCategory.SpaceSeparator);

    /// <summary>Python's type name: <c>int</c>, <c>str</c>, <c>dict</c>, ...</summary>
    public static string TypeName(object? value) => value switch
    {
        null => "NoneType",
        bool => "bool",
        string => "str",
        Markup => "Markup",
        double or float or decimal => "float",
        PyTuple => "tuple",
        PyGenerator => "generator",
        IDictionary => "dict",
        IList => "list",
        Undefined => "Undefined",
        _ when PyNumber.IsInteger(value) => "int",
        _ => value.GetType().Name,
    };

    /// <summary>Jinja's <c>object_type_repr</c>: <c>None</c> or <c>dict object</c>.</summary>
    public static string ObjectTypeRepr(object? value) => value is null ? "None" : TypeName(value) + " object";
}
