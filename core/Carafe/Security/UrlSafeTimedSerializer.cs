using System.Text.Json;

namespace Carafe.Security;

/// <summary>
/// Signed, timestamped, URL-safe tokens, as itsdangerous' <c>URLSafeTimedSerializer</c> that Flask
/// apps use for password-reset and confirmation links: <see cref="Dumps"/> turns a value into a token,
/// <see cref="Loads{T}"/> gives it back only if this key and salt signed it, not longer ago than the
/// age asked for. The value is JSON (System.Text.Json), compressed when that is shorter; the signature
/// is HMAC-SHA256, as Carafe's session cookie.
/// </summary>
/// <example>
/// <code>
/// var tokens = new UrlSafeTimedSerializer(app.Config.Get("SECRET_KEY", ""), salt: "password-reset");
/// var link = UrlFor("auth.reset", new { token = tokens.Dumps(user.Id) }, external: true);
/// var userId = tokens.Loads&lt;int&gt;(token, maxAge: TimeSpan.FromHours(1));   // throws when forged or expired
/// </code>
/// </example>
public sealed class UrlSafeTimedSerializer
{
    private readonly TimedSigner _signer;
    private readonly TimeProvider _clock;

    /// <summary>Creates a serializer signing with <paramref name="secretKey"/> for the purpose <paramref name="salt"/> names.</summary>
    /// <param name="secretKey">The app's secret key.</param>
    /// <param name="salt">Separates purposes: a token made for one salt is refused by a serializer with another.</param>
    /// <param name="fallbackKeys">Older keys still accepted when loading, so the secret key can be rotated.</param>
    /// <param name="clock">The clock that dates and ages tokens; the system clock by default.</param>
    /// <exception cref="ArgumentException">The secret key is empty.</exception>
    public UrlSafeTimedSerializer(string secretKey, string salt = "itsdangerous", IEnumerable<string>? fallbackKeys = null, TimeProvider? clock = null)
    {
        if (string.IsNullOrEmpty(secretKey))
        {
            throw new ArgumentException("A secret key is required to sign tokens. Set SECRET_KEY in the app's config.", nameof(secretKey));
        }
        _signer = new TimedSigner(secretKey, salt, fallbackKeys);
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>A token holding <paramref name="value"/> as JSON, signed and dated now.</summary>
    public string Dumps<T>(T value) => _signer.Sign(UrlSafePayload.Encode(JsonSerializer.SerializeToUtf8Bytes(value)), _clock.GetUtcNow());

    /// <summary>The value in <paramref name="token"/>, if this key and salt signed it not longer than <paramref name="maxAge"/> ago.</summary>
    /// <exception cref="SignatureExpiredException">Genuine, but older than <paramref name="maxAge"/>.</exception>
    /// <exception cref="BadSignatureException">Not a token this key and salt signed, or not a <typeparamref name="T"/>.</exception>
    public T Loads<T>(string? token, TimeSpan? maxAge = null)
    {
        var check = _signer.Unsign(token, maxAge, _clock.GetUtcNow(), out var payload);
        if (check == SignatureCheck.Expired)
        {
            throw new SignatureExpiredException($"The token is older than {maxAge!.Value.TotalSeconds:0} seconds.");
        }
        if (check != SignatureCheck.Valid)
        {
            throw new BadSignatureException("The token's signature does not match: it was not signed with this key and salt, or was changed.");
        }
        try
        {
            return JsonSerializer.Deserialize<T>(UrlSafePayload.Decode(payload))!;
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or JsonException)
        {
            throw new BadSignatureException($"The token's payload is not a valid {typeof(T).Name}: {e.Message}", e);
        }
    }
}
