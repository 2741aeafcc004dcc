using System.Buffers;
using System.Text.Unicode;
using Carafe.Json;
using Carafe.Security;

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
    private readonly TimedSigner _signer;

    /// <summary>Creates a codec signing with <paramref name="secretKey"/> and also accepting cookies signed with any of <paramref name="fallbackKeys"/> (<c>SECRET_KEY_FALLBACKS</c>).</summary>
    /// <exception cref="ArgumentException">The secret key is empty.</exception>
    public SessionCodec(string secretKey, IEnumerable<string>? fallbackKeys = null)
    {
        if (string.IsNullOrEmpty(secretKey))
        {
            throw new ArgumentException("The session is unavailable because no secret key was set. Set SECRET_KEY in the app's config to a long random string.", nameof(secretKey));
        }
        _signer = new TimedSigner(secretKey, "cookie-session", fallbackKeys);
    }

    /// <summary>The cookie value for <paramref name="session"/>, timestamped <paramref name="now"/> (whole seconds).</summary>
    /// <exception cref="NotSupportedException">A dictionary in the session has keys that are not all strings or all integers.</exception>
    /// <exception cref="InvalidOperationException">The session contains itself.</exception>
    public string Encode(IReadOnlyDictionary<string, object?> session, DateTimeOffset now)
    {
        var json = new ArrayBufferWriter<byte>(256);
        new PythonJsonWriter(json, tagged: true).Write(session);

        return _signer.Sign(UrlSafePayload.Encode(json.WrittenSpan.ToArray()), now);
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
            if (_signer.Unsign(cookie, maxAge, now, out var payload) != SignatureCheck.Valid)
            {
                return false;
            }
            var json = UrlSafePayload.Decode(payload);
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
}
