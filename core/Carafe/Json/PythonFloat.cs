using System.Globalization;
using System.Text;

namespace Carafe.Json;

/// <summary>
/// Floats written as Python's <c>repr</c> writes them (and so <c>json.dumps</c> and Jinja2):
/// the shortest digits that read back to the same value, <c>1.0</c> rather than <c>1</c>,
/// exponents below 1e-4 and from 1e16 up (<c>1e-05</c>, <c>1e+16</c>), and <c>NaN</c>,
/// <c>Infinity</c>, <c>-Infinity</c> as <c>json.dumps</c> spells them.
/// </summary>
internal static class PythonFloat
{
    /// <summary>Python's <c>repr(value)</c>.</summary>
    public static string Repr(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        return FromShortest(value.ToString("R", CultureInfo.InvariantCulture), double.IsNegative(value));
    }

    /// <summary>A <see cref="float"/> by its own shortest digits (1.1f is <c>1.1</c>, not its widened double).</summary>
    public static string Repr(float value) =>
        float.IsFinite(value) ? FromShortest(value.ToString("R", CultureInfo.InvariantCulture), float.IsNegative(value)) : Repr((double)value);

    // .NET's "R" already has the shortest round-trip digits; only the layout differs from Python's.
    private static string FromShortest(string roundTrip, bool negative)
    {
        var text = roundTrip.TrimStart('-');
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        var dot = text.IndexOf('.');
        var integerPart = dot < 0 ? text : text[..dot];
        var digits = integerPart + (dot < 0 ? "" : text[(dot + 1)..]);
        var pointPosition = integerPart.Length + exponent;
        var trimmed = digits.TrimStart('0');
        pointPosition -= digits.Length - trimmed.Length;
        digits = trimmed.TrimEnd('0');

        var result = new StringBuilder(24);
        if (negative)
        {
            result.Append('-');
        }
        if (digits.Length == 0)
        {
            return result.Append("0.0").ToString();
        }
        if (pointPosition is <= -4 or > 16)
        {
            result.Append(digits[0]);
            if (digits.Length > 1)
            {
                result.Append('.').Append(digits, 1, digits.Length - 1);
            }
            var power = pointPosition - 1;
            return result.Append('e').Append(power < 0 ? '-' : '+').Append(Math.Abs(power).ToString("00", CultureInfo.InvariantCulture)).ToString();
        }
        if (pointPosition <= 0)
        {
            return result.Append("0.").Append('0', -pointPosition).Append(digits).ToString();
        }
        if (pointPosition < digits.Length)
        {
            return result.Append(digits, 0, pointPosition).Append('.').Append(digits, pointPosition, digits.Length - pointPosition).ToString();
        }
        return result.Append(digits).Append('0', pointPosition - digits.Length).Append(".0").ToString();
    }
}
