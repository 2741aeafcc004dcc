using System.Buffers;
using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Carafe.Json;

namespace Carafe.Sessions;

/// <summary>
/// Flask's signed cookie session format (itsdangerous <c>URLSafeTimedSerializer</c>):
/// <c>payload.timestamp.signature</c>, the payload being the session as tagged JSON (see
/// <see cref="PythonJsonWriter"/>), zlib-compressed and prefixed with <c>.</c> when that is
/// shorter, all base64url without padding. The signature is HMAC-SHA256 (Flask uses SHA-1) with a
/// key derived from the secret key by HMAC over the salt <c>cookie-session</c>.
/// </summary>
/// <remarks>
/// What reads back as written: strings, booleans, null, <see cref="long"/> (any other integer
/// reads back as <see cref="long"/>, or <see cref="System.Numerics.BigInteger"/> beyond it),
/// <see cref="double"/>, <see cref="List{T}"/> of object?, <see cref="Dictionary{TKey,TValue}"/> of
/// string to object?, <see cref="Guid"/>, <see cref="T:byte[]"/> and <c>object?[]</c>. Tuples are
/// written as Flask tuples and read back as <c>object?[]</c>; <see cref="DateTimeOffset"/> and
/// <see cref="DateTime"/> as a UTC <see cref="DateTimeOffset"/> to the second; <see cref="decimal"/>
/// as its string; other objects as a dictionary of their public properties; Flask's tagged
/// <c>Markup</c> as a string.
/// </remarks>
internal sealed class SessionCodec
{
    private static readonly byte[] Salt = "cookie-session"u8.ToArray();

    // Newest first: the first key signs, every key verifies.
    private readonly byte[][] _keys;

    /// <summary>Creates a codec signing with <paramref name="secretKey"/> and also accepting cookies signed with any of <paramref name="fallbackKeys"/> (<c>SECRET_KEY_FALLBACKS</c>).</summary>
    /// <exception cref="ArgumentException">The secret key is empty.</exception>
    public SessionCodec(string secretKey, IEnumerable<string>? fallbackKeys = null)
    {
        if (string.IsNullOrEmpty(secretKey))
        {
            throw new ArgumentException("The session is unavailable because no secret key was set. Set SECRET_KEY in the app's config to a long random string.", nameof(secretKey));
        }
        _keys = new[] { secretKey }.Concat(fallbackKeys ?? [])
            .Select(key => HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Salt))
            .ToArray();
    }

    /// <summary>The cookie value for <paramref name="session"/>, timestamped <paramref name="now"/> (whole seconds).</summary>
    /// <exception cref="NotSupportedException">A dictionary in the session has keys that are not all strings or all integers.</exception>
    /// <exception cref="InvalidOperationException">The session contains itself.</exception>
    public string Encode(IReadOnlyDictionary<string, object?> session, DateTimeOffset now)
    {
        var json = new ArrayBufferWriter<byte>(256);
        new PythonJsonWriter(json, tagged: true).Write(session);

        var payload = json.WrittenSpan.ToArray();
        var compressed = Compress(payload);
        var text = compressed.Length < payload.Length - 1
            ? "." + Base64Url.EncodeToString(compressed)
            : Base64Url.EncodeToString(payload);

        var value = text + "." + Base64Url.EncodeToString(TimestampBytes(now.ToUnixTimeSeconds()));
        return value + "." + Base64Url.EncodeToString(Sign(_keys[0], value));
    }

    /// <summary>
    /// Reads a session cookie. False, never an exception, for anything but a cookie this app
    /// signed: empty, tampered, signed with an unknown key, bad base64, zlib or JSON, not a JSON
    /// object, dated in the future, or older than <paramref name="maxAge"/> at <paramref name="now"/>.
    /// </summary>
    public bool TryDecode(string? cookie, TimeSpan? maxAge, DateTimeOffset now, out Dictionary<string, object?> session)
    {
        session = [];
        try
        {
            if (string.IsNullOrEmpty(cookie) || !Ascii.IsValid(cookie))
            {
                return false;
            }
            var lastDot = cookie.LastIndexOf('.');
            if (lastDot < 0 || !IsSignedByAnyKey(cookie[..lastDot], cookie[(lastDot + 1)..]))
            {
                return false;
            }

            var value = cookie[..lastDot];
            var timestampDot = value.LastIndexOf('.');
            if (timestampDot < 0)
            {
                return false;
            }
            var timestamp = Base64Url.DecodeFromChars(value.AsSpan(timestampDot + 1));
            if (timestamp.Length > 8)
            {
                return false;
            }
            var signedAt = timestamp.Aggregate(0L, (total, b) => (total << 8) | b);
            var age = now.ToUnixTimeSeconds() - signedAt;
            if (maxAge is { } limit && (age > (long)limit.TotalSeconds || age < 0))
            {
                return false;
            }

            var payload = value[..timestampDot];
            var json = payload.StartsWith('.')
                ? Decompress(Base64Url.DecodeFromChars(payload.AsSpan(1)))
                : Base64Url.DecodeFromChars(payload);
            if (!Utf8.IsValid(json) || TaggedJson.Untag(FlaskJson.Deserialize(json)) is not Dictionary<string, object?> decoded)
            {
                return false;
            }
            session = decoded;
            return true;
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or JsonDecodeException)
        {
            return false;
        }
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
            signed |= CryptographicOperations.FixedTimeEquals(Sign(key, value), given);
        }
        return signed;
    }

    private static byte[] Sign(byte[] key, string value) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(value));

    // itsdangerous' int_to_bytes: big-endian, leading zero bytes dropped.
    private static byte[] TimestampBytes(long seconds)
    {
        var bytes = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(bytes, seconds);
        return bytes.SkipWhile(b => b == 0).ToArray();
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }
}
