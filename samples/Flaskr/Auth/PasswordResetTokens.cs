using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Carafe.Security;
using Flaskr.Data;

namespace Flaskr.Auth;

/// <summary>
/// The tokens in password reset links: itsdangerous-style signed, timestamped payloads (salt
/// <c>password-reset</c>, valid <see cref="MaxAge"/>) naming the user and a fingerprint of the password
/// hash they were made for. Setting a new password changes the hash, so a link works once.
/// </summary>
public sealed class PasswordResetTokens
{
    /// <summary>Keeps these tokens apart from every other token signed with the app's key.</summary>
    public const string Salt = "password-reset";

    /// <summary>How long a link works.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    private readonly UrlSafeTimedSerializer _serializer;

    /// <summary>Creates the token maker for an app.</summary>
    /// <param name="secretKey">The app's <c>SECRET_KEY</c>.</param>
    /// <param name="clock">Dates tokens and ages them.</param>
    public PasswordResetTokens(string secretKey, TimeProvider clock) =>
        _serializer = new UrlSafeTimedSerializer(secretKey, Salt, clock: clock);

    /// <summary>A token that lets <paramref name="user"/> set a new password, once, within <see cref="MaxAge"/>.</summary>
    public string Create(User user) => _serializer.Dumps(new Claim(user.Id, Fingerprint(user.Password)));

    /// <summary>Checks <paramref name="token"/>; the user is set when it is <see cref="ResetTokenStatus.Valid"/>.</summary>
    /// <param name="token">The token from the link.</param>
    /// <param name="findUser">Finds a user by id; null when there is none.</param>
    public (ResetTokenStatus Status, User? User) Check(string token, Func<int, User?> findUser)
    {
        Claim? claim;
        try
        {
            claim = _serializer.Loads<Claim>(token, MaxAge);
        }
        catch (SignatureExpiredException)
        {
            return (ResetTokenStatus.Expired, null);
        }
        catch (BadSignatureException)
        {
            return (ResetTokenStatus.Invalid, null);
        }
        if (claim is null || findUser(claim.UserId) is not { } user)
        {
            return (ResetTokenStatus.Invalid, null);
        }
        return Fingerprint(user.Password) == claim.PasswordFingerprint ? (ResetTokenStatus.Valid, user) : (ResetTokenStatus.Used, null);
    }

    // The token is signed, not encrypted: it carries a digest of the hash, never the hash itself.
    private static string Fingerprint(string passwordHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(passwordHash)))[..16];

    private sealed record Claim([property: JsonPropertyName("id")] int UserId, [property: JsonPropertyName("pw")] string PasswordFingerprint);
}
