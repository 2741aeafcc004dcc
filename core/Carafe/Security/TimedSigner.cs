using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Carafe.Security;

/// <summary>
/// itsdangerous' <c>TimestampSigner</c>: <c>value.timestamp.signature</c>, base64url without
/// padding, the signature an HMAC-SHA256 (itsdangerous uses SHA-1) with a key derived from the
/// secret by HMAC over the salt, so that values signed for one purpose (the session cookie, a CSRF
/// token) are never accepted for another.
/// </summary>
internal sealed class TimedSigner
{
    // Newest first: the first key signs, every key verifies.
    private readonly byte[][] _keys;

    /// <summary>Creates a signer with <paramref name="secretKey"/> that also accepts values signed with any of <paramref name="fallbackKeys"/>.</summary>
    public TimedSigner(string secretKey, string salt, IEnumerable<string>? fallbackKeys = null)
    {
        var saltBytes = Encoding.UTF8.GetBytes(salt);
        _keys = new[] { secretKey }.Concat(fallbackKeys ?? [])
            .Select(key => HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), saltBytes))
            .ToArray();
    }

    /// <summary>Signs <paramref name="value"/> (ASCII, no dots needed) as of <paramref name="now"/>, to the second.</summary>
    public string Sign(string value, DateTimeOffset now)
    {
        var timestamped = value + "." + Base64Url.EncodeToString(TimestampBytes(now.ToUnixTimeSeconds()));
        return timestamped + "." + Base64Url.EncodeToString(Signature(_keys[0], timestamped));
    }

    /// <summary>
    /// Checks a signed value, giving back what was signed. Expired only for a genuine signature
    /// older than <paramref name="maxAge"/> (or dated in the future); Invalid for anything else
    /// that is not exactly what one of the keys signed.
    /// </summary>
    public SignatureCheck Unsign(string? signed, TimeSpan? maxAge, DateTimeOffset now, out string value)
    {
        value = "";
        if (string.IsNullOrEmpty(signed) || !Ascii.IsValid(signed))
        {
            return SignatureCheck.Invalid;
        }
        var lastDot = signed.LastIndexOf('.');
        if (lastDot < 0 || !IsSignedByAnyKey(signed[..lastDot], signed[(lastDot + 1)..]))
        {
            return SignatureCheck.Invalid;
        }
        var timestamped = signed[..lastDot];
        var timestampDot = timestamped.LastIndexOf('.');
        if (timestampDot < 0 || !Base64Url.IsValid(timestamped.AsSpan(timestampDot + 1)))
        {
            return SignatureCheck.Invalid;
        }
        var timestamp = Base64Url.DecodeFromChars(timestamped.AsSpan(timestampDot + 1));
        if (timestamp.Length > 8)
        {
            return SignatureCheck.Invalid;
        }
        var age = now.ToUnixTimeSeconds() - timestamp.Aggregate(0L, (total, b) => (total << 8) | b);
        value = timestamped[..timestampDot];
        return maxAge is { } limit && (age > (long)limit.TotalSeconds || age < 0)
            ? SignatureCheck.Expired
            : SignatureCheck.Valid;
    }

    private bool IsSignedByAnyKey(string value, string signature)
    {
        if (!Base64Url.IsValid(signature))
        {
            return false;
        }
        var given = Base64Url.DecodeFromChars(signature);
        var signed = false;
        foreach (var key in _keys)
        {
            // Every key is tried, so the time taken does not tell which one matched.
            signed |= CryptographicOperations.FixedTimeEquals(Signature(key, value), given);
        }
        return signed;
    }

    private static byte[] Signature(byte[] key, string value) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(value));

    // itsdangerous' int_to_bytes: big-endian, leading zero bytes dropped.
    private static byte[] TimestampBytes(long seconds)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(bytes, seconds);
        return bytes.SkipWhile(b => b == 0).ToArray();
    }
}
