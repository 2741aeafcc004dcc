using System.Globalization;

namespace Carafe.Orm.Pagination;

/// <summary>Python's <c>int(text)</c>, which Flask-SQLAlchemy applies to <c>page</c> and <c>per_page</c>.</summary>
internal static class PythonInt
{
    /// <summary>
    /// Reads <paramref name="text"/> as <c>int()</c> does: surrounding whitespace, a sign, any
    /// Unicode decimal digits, single underscores between digits. False where Python raises
    /// ValueError, and where the number does not fit an <see cref="int"/>.
    /// </summary>
    public static bool TryParse(string text, out int value)
    {
        value = 0;
        var span = text.AsSpan().Trim();
        var negative = false;
        if (span.Length > 0 && span[0] is '+' or '-')
        {
            negative = span[0] == '-';
            span = span[1..];
        }
        if (span.Length == 0 || span[0] == '_' || span[^1] == '_')
        {
            return false;
        }
        long number = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '_')
            {
                if (span[i - 1] == '_')
                {
                    return false;
                }
                continue;
            }
            var digit = CharUnicodeInfo.GetDecimalDigitValue(span[i]);
            if (digit < 0 || CharUnicodeInfo.GetUnicodeCategory(span[i]) != UnicodeCategory.DecimalDigitNumber)
            {
                return false;
            }
            number = number * 10 + digit;
            if (number > int.MaxValue + 1L)
            {
                return false;
            }
        }
        number = negative ? -number : number;
        if (number > int.MaxValue)
        {
            return false;
        }
        value = (int)number;
        return true;
    }
}
