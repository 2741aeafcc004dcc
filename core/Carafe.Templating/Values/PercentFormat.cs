using System.Collections;
using System.Globalization;
using System.Text;

namespace Carafe.Templating.Values;

/// <summary>Python's printf-style <c>"%s and %d" % (a, b)</c>, used by <c>%</c> on strings and the <c>format</c> filter.</summary>
internal static class PercentFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static object Format(object? format, object? args)
    {
        bool markup = format is Markup;
        string text = PyFormat.Str(format);
        IReadOnlyList<object?> positional = args is PyTuple t ? t : [args];
        var mapping = args as IDictionary;
        var sb = new StringBuilder(text.Length + 16);
        int next = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '%') { sb.Append(c); continue; }
            if (++i >= text.Length) throw new TemplateRuntimeException("incomplete format");
            object? value;
            string? key = null;
            if (text[i] == '(')
            {
                int close = text.IndexOf(')', i);
                if (close < 0) throw new TemplateRuntimeException("incomplete format key");
                key = text[(i + 1)..close];
                i = close + 1;
            }
            var flags = Take(text, ref i, "-+ #0");
            var widthText = Take(text, ref i, "0123456789*");
            var precisionText = ReadOnlySpan<char>.Empty;
            if (i < text.Length && text[i] == '.') { i++; precisionText = Take(text, ref i, "0123456789"); }
            if (i >= text.Length) throw new TemplateRuntimeException("incomplete format");
            char conv = text[i];
            if (conv == '%') { sb.Append('%'); continue; }
            int width = widthText.Length == 0 ? 0
                : widthText is "*" ? PyMethods.ToInt(positional[next++])
                : int.Parse(widthText, NumberStyles.None, Invariant);
            int? precision = precisionText.Length > 0 ? int.Parse(precisionText, NumberStyles.None, Invariant) : null;
            if (key is not null)
            {
                if (mapping is null || !PyMapping.TryGet(mapping, key, out value)) throw new TemplateRuntimeException("format requires a mapping");
            }
            else
            {
                if (next >= positional.Count) throw new TemplateRuntimeException("not enough arguments for format string");
                value = positional[next++];
            }
            string formatted = Convert(conv, value, flags, precision, markup);
            sb.Append(width > formatted.Length ? Pad(formatted, flags, width, conv) : formatted);
        }
        if (mapping is null && next < positional.Count) throw new TemplateRuntimeException("not all arguments converted during string formatting");
        return markup ? new Markup(sb.ToString()) : sb.ToString();
    }

    private static ReadOnlySpan<char> Take(string text, scoped ref int i, string allowed)
    {
        int start = i;
        while (i < text.Length && allowed.Contains(text[i])) i++;
        return text.AsSpan(start, i - start);
    }

    private static readonly string[] FixedFormats = [.. Enumerable.Range(0, 21).Select(p => "F" + p)];

    private static string Fixed(double d, int precision) =>
        d.ToString(precision < FixedFormats.Length ? FixedFormats[precision] : "F" + precision, Invariant);

    private static string Convert(char conv, object? value, ReadOnlySpan<char> flags, int? prec, bool markup)
    {
        switch (conv)
        {
            case 's':
                var s = markup ? Markup.Escape(value).Html : PyFormat.Str(value);
                return prec is int p && p < s.Length ? s[..p] : s;
            case 'r':
                return PyFormat.Repr(value);
            case 'd' or 'i' or 'u':
                return Sign(IntegerOf(value).ToString(Invariant), flags);
            case 'x' or 'X' or 'o':
                long n = IntegerOf(value);
                string digits = conv == 'o' ? System.Convert.ToString(Math.Abs(n), 8) : Math.Abs(n).ToString(conv == 'x' ? "x" : "X", Invariant);
                if (flags.Contains('#')) digits = (conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X") + digits;
                return Sign((n < 0 ? "-" : "") + digits, flags);
            case 'f' or 'F':
                return Sign(Fixed(FloatOf(value), prec ?? 6), flags);
            case 'e' or 'E':
                return Sign(Scientific(FloatOf(value), prec ?? 6, conv), flags);
            case 'g' or 'G':
                return Sign(General(FloatOf(value), prec ?? 6, conv == 'G', flags.Contains('#')), flags);
            case 'c':
                return value is string cs ? cs : ((char)IntegerOf(value)).ToString();
            default:
                throw new TemplateRuntimeException($"unsupported format character '{conv}'");
        }
    }

    internal static string Scientific(double d, int precision, char e)
    {
        string s = d.ToString((e == 'E' ? "E" : "e") + precision, Invariant);
        int at = s.IndexOfAny(['e', 'E']);
        string mantissa = s[..at];
        int exp = int.Parse(s[(at + 1)..], Invariant);
        return mantissa + e + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", Invariant);
    }

    internal static string General(double d, int precision, bool upper, bool keepZeros)
    {
        if (precision == 0) precision = 1;
        if (d == 0) return "0";
        int exp = (int)Math.Floor(Math.Log10(Math.Abs(d)));
        string rounded = Scientific(d, precision - 1, 'e');
        exp = int.Parse(rounded[(rounded.IndexOf('e') + 1)..], Invariant);
        string result;
        if (exp < -4 || exp >= precision)
        {
            string mant = rounded[..rounded.IndexOf('e')];
            if (!keepZeros && mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
            result = mant + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", Invariant);
        }
        else
        {
            result = d.ToString("F" + Math.Max(0, precision - 1 - exp), Invariant);
            if (!keepZeros && result.Contains('.')) result = result.TrimEnd('0').TrimEnd('.');
        }
        return result;
    }

    private static string Sign(string number, ReadOnlySpan<char> flags) =>
        number.StartsWith('-') ? number : flags.Contains('+') ? "+" + number : flags.Contains(' ') ? " " + number : number;

    private static string Pad(string text, ReadOnlySpan<char> flags, int w, char conv)
    {
        if (flags.Contains('-')) return text.PadRight(w);
        if (flags.Contains('0') && conv is not ('s' or 'r' or 'c'))
        {
            int signLength = text.Length > 0 && text[0] is '-' or '+' or ' ' ? 1 : 0;
            return text[..signLength] + new string('0', w - text.Length) + text[signLength..];
        }
        return text.PadLeft(w);
    }

    private static long IntegerOf(object? value)
    {
        if (PyNumber.TryGetInteger(value, out long l)) return l;
        if (PyNumber.TryGetFloat(value, out double d)) return (long)Math.Truncate(d);
        throw new TemplateRuntimeException($"%d format: a real number is required, not {PyFormat.TypeName(value)}");
    }

    private static double FloatOf(object? value)
    {
        if (PyNumber.TryGetFloat(value, out double d)) return d;
        throw new TemplateRuntimeException($"must be real number, not {PyFormat.TypeName(value)}");
    }
}
