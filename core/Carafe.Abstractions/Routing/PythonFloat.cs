using System.Globalization;

namespace Carafe.Routing;

/// <summary>Python's <c>repr()</c> of a float: the shortest round-trip digits, laid out as Python does.</summary>
internal static class PythonFloat
{
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "nan";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "inf" : "-inf";
        }
        var (negative, digits, exponent) = Decompose(value);
        var sign = negative ? "-" : "";
        // Python's repr uses scientific notation for exponents below -4 or from 16 on.
        if (exponent < -4 || exponent >= 16)
        {
            var mantissa = digits.Length == 1 ? digits : $"{digits[0]}.{digits[1..]}";
            var exponentSign = exponent < 0 ? "-" : "+";
            return $"{sign}{mantissa}e{exponentSign}{Math.Abs(exponent):00}";
        }
        var point = exponent + 1;
        if (point <= 0)
        {
            return $"{sign}0.{new string('0', -point)}{digits}";
        }
        if (point >= digits.Length)
        {
            return $"{sign}{digits}{new string('0', point - digits.Length)}.0";
        }
        return $"{sign}{digits[..point]}.{digits[point..]}";
    }

    // The shortest round-trip significant digits ("0" for zero) and the decimal
    // exponent of the first of them, from .NET's shortest round-trip text.
    private static (bool Negative, string Digits, int Exponent) Decompose(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = text.StartsWith('-');
        text = text.TrimStart('-');
        var exponent = 0;
        var e = text.IndexOf('E');
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var point = text.IndexOf('.');
        var integerPart = point >= 0 ? text[..point] : text;
        var allDigits = integerPart + (point >= 0 ? text[(point + 1)..] : "");
        var leadingZeros = allDigits.Length - allDigits.TrimStart('0').Length;
        var digits = allDigits.Trim('0');
        return digits.Length == 0
            ? (negative, "0", 0)
            : (negative, digits, integerPart.Length - 1 - leadingZeros + exponent);
    }
}
