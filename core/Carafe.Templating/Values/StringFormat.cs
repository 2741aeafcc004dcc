using System.Collections;
using System.Globalization;
using System.Text;

namespace Carafe.Templating.Values;

/// <summary>Python's <c>str.format</c>: <c>{}</c>, <c>{0}</c>, <c>{name}</c>, <c>{0.attr}</c>, <c>{0[key]}</c>, <c>!r</c>, and the format spec mini-language.</summary>
internal static class StringFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(string format, IReadOnlyList<object?> args, IReadOnlyDictionary<string, object?>? kwargs)
    {
        var sb = new StringBuilder();
        int auto = 0;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}') { sb.Append('}'); i++; continue; }
                throw new TemplateRuntimeException("Single '}' encountered in format string");
            }
            if (c != '{') { sb.Append(c); continue; }
            if (i + 1 < format.Length && format[i + 1] == '{') { sb.Append('{'); i++; continue; }
            int depth = 1, j = i + 1;
            while (j < format.Length && depth > 0)
            {
                if (format[j] == '{') depth++;
                else if (format[j] == '}') depth--;
                if (depth > 0) j++;
            }
            if (j >= format.Length) throw new TemplateRuntimeException("expected '}' before end of string");
            string field = format[(i + 1)..j];
            i = j;
            string spec = "";
            int colon = field.IndexOf(':');
            if (colon >= 0) { spec = field[(colon + 1)..]; field = field[..colon]; }
            char conversion = '\0';
            int bang = field.IndexOf('!');
            if (bang >= 0) { conversion = field[bang + 1]; field = field[..bang]; }
            if (spec.Contains('{')) spec = Format(spec, args, kwargs);
            var value = Resolve(field, args, kwargs, ref auto);
            if (conversion == 'r') value = PyFormat.Repr(value);
            else if (conversion == 's') value = PyFormat.Str(value);
            sb.Append(FormatValue(value, spec));
        }
        return sb.ToString();
    }

    private static object? Resolve(string field, IReadOnlyList<object?> args, IReadOnlyDictionary<string, object?>? kwargs, ref int auto)
    {
        int end = field.IndexOfAny(['.', '[']);
        string head = end < 0 ? field : field[..end];
        object? value;
        if (head.Length == 0) value = auto < args.Count ? args[auto++] : throw new TemplateRuntimeException($"Replacement index {auto} out of range for positional args tuple");
        else if (int.TryParse(head, NumberStyles.None, Invariant, out int index))
            value = index < args.Count ? args[index] : throw new TemplateRuntimeException($"Replacement index {index} out of range for positional args tuple");
        else if (kwargs is not null && kwargs.TryGetValue(head, out var named)) value = named;
        else throw new TemplateRuntimeException($"KeyError: {PyFormat.Repr(head)}");
        int pos = end < 0 ? field.Length : end;
        while (pos < field.Length)
        {
            if (field[pos] == '.')
            {
                int next = field.IndexOfAny(['.', '['], pos + 1);
                if (next < 0) next = field.Length;
                value = Lookup(value, field[(pos + 1)..next]);
                pos = next;
            }
            else
            {
                int close = field.IndexOf(']', pos);
                string key = field[(pos + 1)..close];
                value = Lookup(value, int.TryParse(key, NumberStyles.None, Invariant, out int k) ? (object)(long)k : key);
                pos = close + 1;
            }
        }
        return value;
    }

    private static object? Lookup(object? value, object key)
    {
        if (value is IDictionary d && PyMapping.TryGet(d, key, out var v)) return v;
        if (value is IList l && PyNumber.TryGetInteger(key, out long i) && i < l.Count) return l[(int)i];
        throw new TemplateRuntimeException($"cannot look up {PyFormat.Repr(key)} in {PyFormat.TypeName(value)}");
    }

    /// <summary>Applies a format spec <c>[[fill]align][sign][#][0][width][,][.precision][type]</c> to one value.</summary>
    public static string FormatValue(object? value, string spec)
    {
        if (spec.Length == 0) return PyFormat.Str(value);
        int i = 0;
        char fill = ' ', align = '\0';
        if (spec.Length >= 2 && spec[1] is '<' or '>' or '^' or '=') { fill = spec[0]; align = spec[1]; i = 2; }
        else if (spec[0] is '<' or '>' or '^' or '=') { align = spec[0]; i = 1; }
        char sign = '-';
        if (i < spec.Length && spec[i] is '+' or '-' or ' ') sign = spec[i++];
        bool alternate = false;
        if (i < spec.Length && spec[i] == '#') { alternate = true; i++; }
        if (i < spec.Length && spec[i] == '0') { if (align == '\0') { fill = '0'; align = '='; } i++; }
        int start = i;
        while (i < spec.Length && char.IsAsciiDigit(spec[i])) i++;
        int width = i > start ? int.Parse(spec[start..i], Invariant) : 0;
        char grouping = '\0';
        if (i < spec.Length && spec[i] is ',' or '_') grouping = spec[i++];
        int? precision = null;
        if (i < spec.Length && spec[i] == '.')
        {
            start = ++i;
            while (i < spec.Length && char.IsAsciiDigit(spec[i])) i++;
            precision = int.Parse(spec[start..i], Invariant);
        }
        char type = i < spec.Length ? spec[i] : '\0';
        string body;
        bool numeric = PyNumber.IsNumber(value) && value is not bool || (value is bool && type != '\0');
        if (!numeric)
        {
            if (type is not ('\0' or 's')) throw new TemplateRuntimeException($"Unknown format code '{type}' for object of type '{PyFormat.TypeName(value)}'");
            body = PyFormat.Str(value);
            if (precision is int p && p < body.Length) body = body[..p];
            return Pad(body, width, fill, align == '\0' ? '<' : align);
        }
        PyNumber.TryGetFloat(value, out double d);
        bool isInteger = PyNumber.TryGetInteger(value, out long l);
        bool negative = isInteger ? l < 0 : double.IsNegative(d);
        switch (type)
        {
            case '\0' when isInteger:
            case 'd' or 'n':
                if (!isInteger) throw new TemplateRuntimeException($"Unknown format code 'd' for object of type 'float'");
                body = Group(Math.Abs(l).ToString(Invariant), grouping);
                break;
            case 'x' or 'X' or 'o' or 'b':
                long magnitude = Math.Abs(l);
                body = type switch { 'x' => magnitude.ToString("x", Invariant), 'X' => magnitude.ToString("X", Invariant), 'o' => Convert.ToString(magnitude, 8), _ => Convert.ToString(magnitude, 2) };
                if (alternate) body = "0" + type + body;
                break;
            case 'f' or 'F':
                body = Group(Math.Abs(d).ToString("F" + (precision ?? 6), Invariant), grouping);
                break;
            case 'e' or 'E':
                body = PercentFormat.Scientific(Math.Abs(d), precision ?? 6, type);
                break;
            case 'g' or 'G':
                body = PercentFormat.General(Math.Abs(d), precision ?? 6, type == 'G', alternate);
                break;
            case '%':
                body = (Math.Abs(d) * 100).ToString("F" + (precision ?? 6), Invariant) + "%";
                break;
            case '\0':
                body = precision is int gp ? PercentFormat.General(Math.Abs(d), gp, false, false) : PyFormat.Float(Math.Abs(d));
                if (precision is not null && !body.Contains('.') && !body.Contains('e') && !body.Contains("inf") && !body.Contains("nan")) body += ".0";
                body = Group(body, grouping);
                break;
            default:
                throw new TemplateRuntimeException($"Unknown format code '{type}' for object of type '{PyFormat.TypeName(value)}'");
        }
        string signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        if (align == '=') return signText + Pad(body, width - signText.Length, fill, '>');
        return Pad(signText + body, width, fill, align == '\0' ? '>' : align);
    }

    private static string Group(string digits, char separator)
    {
        if (separator == '\0') return digits;
        int dot = digits.IndexOf('.');
        string whole = dot < 0 ? digits : digits[..dot];
        var sb = new StringBuilder();
        for (int i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0) sb.Append(separator);
            sb.Append(whole[i]);
        }
        return sb + (dot < 0 ? "" : digits[dot..]);
    }

    private static string Pad(string text, int width, char fill, char align)
    {
        int missing = width - text.Length;
        if (missing <= 0) return text;
        return align switch
        {
            '<' => text + new string(fill, missing),
            '^' => new string(fill, missing / 2) + text + new string(fill, missing - missing / 2),
            _ => new string(fill, missing) + text,
        };
    }
}
