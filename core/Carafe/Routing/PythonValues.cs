using System.Globalization;
using System.Numerics;
using System.Text;

namespace Carafe.Routing;

/// <summary>Python's <c>==</c> and <c>repr()</c> for the values routing compares and reports.</summary>
internal static class PythonValues
{
    /// <summary>Python's <c>==</c>: numbers compare by value across types (<c>1 == 1.0 == True</c>), other values by equality.</summary>
    public static bool AreEqual(object? left, object? right)
    {
        if (IsNumber(left) && IsNumber(right))
        {
            return IsInteger(left) && IsInteger(right)
                ? ToBigInteger(left!) == ToBigInteger(right!)
                : ToDouble(left!) == ToDouble(right!);
        }
        return Equals(left, right);
    }

    /// <summary>Python's <c>repr()</c> of a string: <c>'text'</c>, or <c>"it's"</c> when that avoids escaping.</summary>
    public static string Repr(string text)
    {
        var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\\",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when c == quote => "\\" + c,
                _ when c < ' ' || c == '\x7f' => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }
        return builder.Append(quote).ToString();
    }

    /// <summary>Python's <c>repr()</c> of a list of strings: <c>['a', 'b']</c>.</summary>
    public static string Repr(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Repr)) + "]";

    private static bool IsNumber(object? value) =>
        IsInteger(value) || value is double or float or decimal;

    private static bool IsInteger(object? value) =>
        value is bool or sbyte or byte or short or ushort or int or uint or long or ulong or BigInteger;

    private static BigInteger ToBigInteger(object value) => value switch
    {
        bool flag => flag ? BigInteger.One : BigInteger.Zero,
        BigInteger number => number,
        ulong number => number,
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    private static double ToDouble(object value) => value switch
    {
        bool flag => flag ? 1 : 0,
        BigInteger number => (double)number,
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };
}
