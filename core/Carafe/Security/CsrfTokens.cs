using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Carafe.Pipeline;

namespace Carafe.Security;

/// <summary>
/// Flask-WTF's <c>generate_csrf</c> and <c>validate_csrf</c> over the current request's session:
/// the raw token is 40 random hex digits kept in the session, handed out as
/// <c>URLSafeTimedSerializer(secret, salt="wtf-csrf-token").dumps(raw)</c> (HMAC-SHA256, as the
/// session cookie), and cached in <c>g</c> so that one request hands out one value.
/// </summary>
internal sealed class CsrfTokens(TimeProvider clock) : ICsrfTokens
{
    private const string Salt = "wtf-csrf-token";
    private static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(3600);

    /// <inheritdoc/>
    public string Generate(string? secretKey = null, string? tokenKey = null)
    {
        var context = Current.Context;
        var config = context.App.Config;
        var key = SecretKey(config, secretKey);
        var field = FieldName(config, tokenKey);
        if (context.G.Get(field) is string cached)
        {
            return cached;
        }
        if (context.Session.Get(field) is not string raw)
        {
            raw = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
            context.Session[field] = raw;
        }
        var payload = UrlSafePayload.Encode(JsonSerializer.SerializeToUtf8Bytes(raw));
        var token = new TimedSigner(key, Salt).Sign(payload, clock.GetUtcNow());
        context.G[field] = token;
        return token;
    }

    /// <inheritdoc/>
    public void Validate(string? token, string? secretKey = null, TimeSpan? timeLimit = null, string? tokenKey = null)
    {
        var context = Current.Context;
        var config = context.App.Config;
        var key = SecretKey(config, secretKey);
        var field = FieldName(config, tokenKey);
        if (string.IsNullOrEmpty(token))
        {
            throw new CsrfException("The CSRF token is missing.");
        }
        if (context.Session.Get(field) is not string expected)
        {
            throw new CsrfException("The CSRF session token is missing.");
        }
        var check = new TimedSigner(key, Salt).Unsign(token, timeLimit ?? TimeLimit(config), clock.GetUtcNow(), out var payload);
        if (check == SignatureCheck.Expired)
        {
            throw new CsrfException("The CSRF token has expired.");
        }
        if (check != SignatureCheck.Valid || Decode(payload) is not { } raw)
        {
            throw new CsrfException("The CSRF token is invalid.");
        }
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(raw)))
        {
            throw new CsrfException("The CSRF tokens do not match.");
        }
    }

    private static string SecretKey(Config config, string? secretKey)
    {
        var key = secretKey ?? config.Get<string?>("WTF_CSRF_SECRET_KEY", null) ?? config.Get<string?>("SECRET_KEY", null);
        return string.IsNullOrEmpty(key)
            ? throw new InvalidOperationException("A secret key is required to use CSRF. Set SECRET_KEY (or WTF_CSRF_SECRET_KEY) in the app's config.")
            : key;
    }

    private static string FieldName(Config config, string? tokenKey)
    {
        var field = tokenKey ?? config.Get("WTF_CSRF_FIELD_NAME", "csrf_token");
        return string.IsNullOrEmpty(field)
            ? throw new InvalidOperationException("A field name is required to use CSRF. Set WTF_CSRF_FIELD_NAME in the app's config.")
            : field;
    }

    // WTF_CSRF_TIME_LIMIT: 3600 seconds when absent, no limit when set to null.
    private static TimeSpan? TimeLimit(Config config) =>
        config.ContainsKey("WTF_CSRF_TIME_LIMIT") && config["WTF_CSRF_TIME_LIMIT"] is null
            ? null
            : config.Get("WTF_CSRF_TIME_LIMIT", DefaultTimeLimit);

    private static string? Decode(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<string>(UrlSafePayload.Decode(payload));
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or JsonException)
        {
            return null;
        }
    }
}
