using System.Globalization;
using System.Numerics;

namespace Carafe.Routing;

/// <summary>Python's <c>int()</c> and <c>float()</c> of a value, as the number converters use them.</summary>
internal static class PythonNumbers
{
    /// <summary>Python's <c>int(value)</c>; throws <see cref="ArgumentException"/> as Python raises ValueError.</summary>
    public static BigInteger ToInteger(object? value) => value switch
    {
        bool flag => flag ? BigInteger.One : BigInteger.Zero,
        BigInteger number => number,
        long or int or short or sbyte or ulong or uint or ushort or byte =>
            BigInteger.Parse(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        double or float or decimal when ToFloat(value) is var number && double.IsFinite(number) =>
            new BigInteger(Math.Truncate(number)),
        string text when PythonInt.TryParse(text, out BigInteger number) => number,
        string text => throw new ArgumentException($"invalid literal for int() with base 10: '{text}'"),
        _ => throw new ArgumentException($"int() argument must be a string or a number, not '{UrlEncoding.ToPythonString(value)}'"),
    };

    /// <summary>Python's <c>float(value)</c>; throws <see cref="ArgumentException"/> as Python raises ValueError.</summary>
    public static double ToFloat(object? value) => value switch
    {
        bool flag => flag ? 1.0 : 0.0,
        double number => number,
        BigInteger number => (double)number,
        IConvertible convertible and not string => convertible.ToDouble(CultureInfo.InvariantCulture),
        string text when double.TryParse(AsciiDigits(text.Trim()), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) =>
            number,
        string text => throw new ArgumentException($"could not convert string to float: '{text}'"),
        _ => throw new ArgumentException($"float() argument must be a string or a number, not '{UrlEncoding.ToPythonString(value)}'"),
    };

    /// <summary>Python's <c>\d</c> and <c>int()</c> accept any Unicode decimal digit; .NET parsing only ASCII ones.</summary>
    public static string AsciiDigits(string text)
    {
        if (text.All(char.IsAscii))
        {
            return text;
        }
        return string.Concat(text.Select(c => char.IsDigit(c) && !char.IsAscii(c)
            ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c))
            : c));
    }
}
