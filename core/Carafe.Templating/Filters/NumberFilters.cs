using System.Globalization;
using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Filters;

/// <summary>Filters on numbers: <c>abs</c>, <c>int</c>, <c>float</c>, <c>round</c>.</summary>
internal static class NumberFilters
{
    public static void Register(IDictionary<string, Delegate> filters)
    {
        filters["abs"] = (FilterFunction)Abs;
        filters["int"] = (FilterFunction)Int;
        filters["float"] = (FilterFunction)Float;
        filters["round"] = (FilterFunction)Round;
    }

    private static object? Abs(RenderContext context, object? value, Arguments a)
    {
        if (PyNumber.TryGetBig(value, out var big)) return PyNumber.Normalize(System.Numerics.BigInteger.Abs(big));
        if (PyNumber.TryGetFloat(value, out double d)) return Math.Abs(d);
        throw new TemplateRuntimeException($"bad operand type for abs(): '{PyFormat.TypeName(value)}'");
    }

    private static object? Int(RenderContext context, object? value, Arguments a)
    {
        var fallback = a.Get(0, "default", 0L);
        int radix = PyMethods.ToInt(a.Get(1, "base", 10L));
        if (value is Undefined u) throw u.Fail();
        if (value is bool b) return b ? 1L : 0L;
        if (PyNumber.TryGetBig(value, out var big)) return PyNumber.Normalize(big);
        if (PyNumber.TryGetFloat(value, out double d)) return double.IsFinite(d) ? (long)Math.Truncate(d) : fallback;
        if (value is string or Markup)
        {
            string s = PyFormat.Str(value).Trim().Replace("_", "");
            if (TryParseInteger(s, radix, out long parsed)) return parsed;
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double f) && double.IsFinite(f)) return (long)Math.Truncate(f);
        }
        return fallback;
    }

    private static bool TryParseInteger(string s, int radix, out long value)
    {
        value = 0;
        bool negative = s.StartsWith('-');
        if (s.StartsWith('-') || s.StartsWith('+')) s = s[1..];
        string lower = s.ToLowerInvariant();
        if (radix == 0)
        {
            radix = lower.StartsWith("0x") ? 16 : lower.StartsWith("0o") ? 8 : lower.StartsWith("0b") ? 2 : 10;
            if (radix == 10 && s.Length > 1 && s.TrimStart('0').Length < s.Length && s.Trim('0').Length > 0) return false;
        }
        if (radix == 16 && lower.StartsWith("0x")) s = s[2..];
        else if (radix == 8 && lower.StartsWith("0o")) s = s[2..];
        else if (radix == 2 && lower.StartsWith("0b")) s = s[2..];
        if (s.Length == 0) return false;
        try
        {
            value = radix == 10
                ? long.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture)
                : Convert.ToInt64(s, radix);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            return false;
        }
        if (negative) value = -value;
        return true;
    }

    private static object? Float(RenderContext context, object? value, Arguments a)
    {
        var fallback = a.Get(0, "default", 0.0);
        if (value is Undefined u) throw u.Fail();
        if (PyNumber.TryGetFloat(value, out double d)) return d;
        if (value is string or Markup)
        {
            string s = PyFormat.Str(value).Trim().Replace("_", "");
            string lower = s.ToLowerInvariant();
            if (lower is "inf" or "+inf" or "infinity") return double.PositiveInfinity;
            if (lower is "-inf" or "-infinity") return double.NegativeInfinity;
            if (lower is "nan" or "+nan" or "-nan") return double.NaN;
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double f)) return f;
        }
        return fallback;
    }

    private static object? Round(RenderContext context, object? value, Arguments a)
    {
        int precision = PyMethods.ToInt(a.Get(0, "precision", 0L));
        string method = PyFormat.Str(a.Get(1, "method", "common"));
        if (method is not ("common" or "ceil" or "floor")) throw new TemplateRuntimeException("method must be common, ceil or floor");
        if (method == "common" && PyNumber.TryGetBig(value, out var integer) && value is not bool) return RoundInteger(integer, precision);
        if (!PyNumber.TryGetFloat(value, out double d)) throw new TemplateRuntimeException($"type {PyFormat.TypeName(value)} doesn't define __round__ method");
        double scale = Math.Pow(10, precision);
        return method switch
        {
            "ceil" => Math.Ceiling(d * scale) / scale,
            "floor" => Math.Floor(d * scale) / scale,
            _ => RoundHalfEven(d, precision),
        };
    }

    /// <summary>Python's <c>round(int, n)</c>: unchanged for n &gt;= 0, else to a multiple of 10^-n, half to even.</summary>
    private static object RoundInteger(System.Numerics.BigInteger value, int precision)
    {
        if (precision >= 0) return PyNumber.Normalize(value);
        var unit = System.Numerics.BigInteger.Pow(10, -precision);
        var quotient = System.Numerics.BigInteger.DivRem(value, unit, out var remainder);
        if (remainder.Sign < 0) { quotient -= 1; remainder += unit; }
        var twice = remainder * 2;
        if (twice > unit || (twice == unit && !quotient.IsEven)) quotient += 1;
        return PyNumber.Normalize(quotient * unit);
    }

    /// <summary>Python's <c>round(x, n)</c>: the exact binary value rounded half to even.</summary>
    private static double RoundHalfEven(double d, int precision)
    {
        if (!double.IsFinite(d)) return d;
        if (precision >= 0 && precision <= 15)
        {
            decimal exact;
            try { exact = (decimal)d; }
            catch (OverflowException) { return d; }
            var text = d.ToString("F" + Math.Min(precision + 25, 99), CultureInfo.InvariantCulture);
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var precise)) exact = precise;
            return (double)Math.Round(exact, precision, MidpointRounding.ToEven);
        }
        double scale = Math.Pow(10, precision);
        return Math.Round(d * scale, MidpointRounding.ToEven) / scale;
    }
}
