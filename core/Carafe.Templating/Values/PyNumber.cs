using System.Globalization;
using System.Numerics;

namespace Carafe.Templating.Values;

/// <summary>
/// Reads any .NET number as Python's int (<see cref="long"/>, or <see cref="BigInteger"/> beyond its range, as
/// Python's ints have no limit) or float (<see cref="double"/>).
/// </summary>
internal static class PyNumber
{
    public static bool IsInteger(object? value) =>
        value is long or int or short or sbyte or byte or ushort or uint or ulong or BigInteger;

    public static bool IsNumber(object? value) => IsInteger(value) || value is double or float or decimal or bool;

    /// <summary>Python ints include bools; floats stay floats.</summary>
    public static bool TryGetInteger(object? value, out long result)
    {
        switch (value)
        {
            case long l: result = l; return true;
            case int i: result = i; return true;
            case bool b: result = b ? 1 : 0; return true;
            case short or sbyte or byte or ushort or uint: result = Convert.ToInt64(value, CultureInfo.InvariantCulture); return true;
            case ulong u when u <= long.MaxValue: result = (long)u; return true;
            default: result = 0; return false;
        }
    }

    public static bool TryGetFloat(object? value, out double result)
    {
        switch (value)
        {
            case double d: result = d; return true;
            case float f: result = f; return true;
            case BigInteger big: result = (double)big; return true;
            case decimal m: result = (double)m; return true;
            default:
                if (TryGetInteger(value, out long l)) { result = l; return true; }
                result = 0;
                return false;
        }
    }

    public static bool IsFloat(object? value) => value is double or float or decimal;

    private static readonly object[] SmallIntegers = [.. Enumerable.Range(-5, 1030).Select(i => (object)(long)i)];

    /// <summary>A boxed int, shared for small values so loop counters do not allocate.</summary>
    public static object Box(long value) => value is >= -5 and < 1025 ? SmallIntegers[value + 5] : value;

    /// <summary>Any Python int (bools included) as a <see cref="BigInteger"/>.</summary>
    public static bool TryGetBig(object? value, out BigInteger result)
    {
        if (value is BigInteger big) { result = big; return true; }
        if (value is ulong u) { result = u; return true; }
        bool ok = TryGetInteger(value, out long l);
        result = l;
        return ok;
    }

    /// <summary>A Python int in its smallest representation: <see cref="long"/> when it fits.</summary>
    public static object Normalize(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? (long)value : (object)value;
}
