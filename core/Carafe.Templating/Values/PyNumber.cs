using System.Globalization;

namespace Carafe.Templating.Values;

/// <summary>Reads any .NET number as Python's int (<see cref="long"/>) or float (<see cref="double"/>).</summary>
internal static class PyNumber
{
    public static bool IsInteger(object? value) =>
        value is long or int or short or sbyte or byte or ushort or uint or ulong;

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
            case decimal m: result = (double)m; return true;
            default:
                if (TryGetInteger(value, out long l)) { result = l; return true; }
                result = 0;
                return false;
        }
    }

    public static bool IsFloat(object? value) => value is double or float or decimal;
}
