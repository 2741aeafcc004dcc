using System.Text;

namespace Carafe.Http;

/// <summary>
/// Percent-decoding as Werkzeug's <c>_unquote_to_bytes</c> does it: it never fails, leaving a bad
/// escape (<c>%zz</c>, a lone <c>%</c>) as it was. Quoting is <see cref="Routing.UrlEncoding.Quote"/>.
/// </summary>
internal static class PercentEncoding
{
    /// <summary>Decodes <c>%XX</c> escapes to bytes; anything that is not a complete escape is kept literally.</summary>
    public static byte[] UnquoteToBytes(ReadOnlySpan<byte> input)
    {
        var output = new byte[input.Length];
        var length = 0;
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == '%' && i + 2 < input.Length && IsHex(input[i + 1]) && IsHex(input[i + 2]))
            {
                output[length++] = (byte)(HexValue(input[i + 1]) << 4 | HexValue(input[i + 2]));
                i += 2;
            }
            else
            {
                output[length++] = input[i];
            }
        }
        return output[..length];
    }

    /// <summary>Decodes escapes in <paramref name="text"/> (taken as UTF-8), then the bytes as UTF-8, each invalid sequence becoming U+FFFD.</summary>
    public static string Unquote(string text) =>
        text.Contains('%') ? Encoding.UTF8.GetString(UnquoteToBytes(Encoding.UTF8.GetBytes(text))) : text;

    private static bool IsHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F');

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
