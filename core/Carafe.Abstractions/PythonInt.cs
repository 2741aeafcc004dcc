using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Carafe;

/// <summary>
/// Python's <c>int(text)</c>, which Flask, Werkzeug, WTForms and Flask-SQLAlchemy use to read
/// numbers from requests, so that a port reads exactly the numbers its Python original reads.
/// Pure: no request, no culture.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="TryParse(ReadOnlySpan{char}, out long)"/> is <c>int()</c> of text Python sees as text:
/// query string arguments (Werkzeug's <c>args.get(name, type=int)</c>, Flask-SQLAlchemy's
/// <c>page</c>), form fields (WTForms' <c>IntegerField</c>). Whitespace around (any Unicode space),
/// a sign, and decimal digits of any script (<c>٤٢</c>, <c>４２</c>) with single underscores between
/// them (<c>1_000</c>); no <c>0x</c>, no exponent, no inner spaces.
/// </para>
/// <para>
/// <see cref="TryParseHeaderValue"/> is <c>int()</c> of a header value as Werkzeug 2.2 parses
/// <c>Range</c> or a date: a WSGI server hands header bytes over as Latin-1 text, in which only
/// ASCII digits and ASCII whitespace can be digits and whitespace, so <c>٤٢</c> sent as UTF-8 is
/// no number there.
/// </para>
/// <para>
/// Python's integers are unbounded: where the number does not fit the type asked for, these
/// return false, and the caller answers as for text that is not a number. Like Python (whose
/// <c>sys.get_int_max_str_digits()</c> is 4300), text of more than 4300 digits is refused.
/// </para>
/// </remarks>
public static class PythonInt
{
    /// <summary>The most digits Python's <c>int()</c> converts by default (its guard against quadratic-time parsing).</summary>
    public const int MaxDigits = 4300;

    private const string AsciiWhitespace = " \t\n\v\f\r";

    /// <summary>Python's <c>int(text)</c> into a <see cref="long"/>.</summary>
    /// <param name="text">The text, as the request or form gave it.</param>
    /// <param name="value">The number, or 0 when this returns false.</param>
    /// <returns>False where Python raises ValueError, or the number does not fit a <see cref="long"/>.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out long value) => TryParse(text.Trim(), asciiOnly: false, out value);

    /// <summary>Python's <c>int(text)</c> into an <see cref="int"/>.</summary>
    /// <param name="text">The text, as the request or form gave it.</param>
    /// <param name="value">The number, or 0 when this returns false.</param>
    /// <returns>False where Python raises ValueError, or the number does not fit an <see cref="int"/>.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out int value) => TryParse(text.Trim(), asciiOnly: false, out value);

    /// <summary>Python's <c>int(text)</c>, unbounded as Python's integers are (up to <see cref="MaxDigits"/> digits).</summary>
    /// <param name="text">The text, as the request or form gave it.</param>
    /// <param name="value">The number, or 0 when this returns false.</param>
    /// <returns>False where Python raises ValueError.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out BigInteger value) => TryParse(text.Trim(), asciiOnly: false, out value);

    /// <summary>
    /// Python's <c>int()</c> of an HTTP header value as Werkzeug sees it (Latin-1 text of the bytes
    /// sent): ASCII whitespace around, a sign, ASCII digits with single underscores between them.
    /// </summary>
    /// <param name="text">The header value, or a part of it.</param>
    /// <param name="value">The number, or 0 when this returns false.</param>
    /// <returns>False where Werkzeug's <c>int()</c> raises ValueError, or the number does not fit a <see cref="long"/>.</returns>
    public static bool TryParseHeaderValue(ReadOnlySpan<char> text, out long value) =>
        TryParse(text.Trim(AsciiWhitespace), asciiOnly: true, out value);

    private static bool TryParse<T>(ReadOnlySpan<char> trimmed, bool asciiOnly, out T value)
        where T : IBinaryInteger<T>
    {
        value = T.Zero;
        char[]? rented = null;
        // Every digit becomes one ASCII digit, so the normal form is never longer than the text.
        Span<char> buffer = trimmed.Length <= 128 ? stackalloc char[128] : (rented = ArrayPool<char>.Shared.Rent(trimmed.Length));
        try
        {
            var length = ToAsciiDigits(trimmed, asciiOnly, buffer);
            if (length > 0 && T.TryParse(buffer[..length], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                value = parsed;
                return true;
            }
            return false;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Writes the sign and the digits of <paramref name="text"/> as ASCII into <paramref name="buffer"/>
    /// and returns how many characters it wrote, or -1 where <c>int()</c> would raise ValueError.
    /// </summary>
    private static int ToAsciiDigits(ReadOnlySpan<char> text, bool asciiOnly, Span<char> buffer)
    {
        var written = 0;
        if (text is ['+' or '-', ..])
        {
            buffer[written++] = text[0];
            text = text[1..];
        }
        var digits = 0;
        var afterUnderscore = true;   // an underscore may neither start the digits nor follow another
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '_')
            {
                if (afterUnderscore)
                {
                    return -1;
                }
                afterUnderscore = true;
                continue;
            }
            var digit = DecimalValue(rune, asciiOnly);
            if (digit < 0 || ++digits > MaxDigits)
            {
                return -1;
            }
            buffer[written++] = (char)('0' + digit);
            afterUnderscore = false;
        }
        return digits == 0 || afterUnderscore ? -1 : written;
    }

    private static int DecimalValue(Rune rune, bool asciiOnly)
    {
        if (rune.IsAscii || asciiOnly)
        {
            return rune.Value is >= '0' and <= '9' ? rune.Value - '0' : -1;
        }
        // Python's int() takes the characters of Unicode category Nd, as Rune does.
        return Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber ? (int)Rune.GetNumericValue(rune) : -1;
    }
}
