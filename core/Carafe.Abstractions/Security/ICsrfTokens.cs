namespace Carafe.Security;

/// <summary>
/// CSRF tokens for the current request, as Flask-WTF's <c>generate_csrf</c> and
/// <c>validate_csrf</c>: a random raw token kept in the session, handed to pages signed with the
/// secret key and timestamped. Any extension can take it as a service (Forms' <c>CsrfProtect</c>,
/// Ajax's header), so none depends on another to protect its requests.
/// </summary>
/// <remarks>
/// Settings are Flask-WTF's keys in the app's config: <c>WTF_CSRF_SECRET_KEY</c> (else
/// <c>SECRET_KEY</c>), <c>WTF_CSRF_FIELD_NAME</c> (<c>csrf_token</c>, also the session key) and
/// <c>WTF_CSRF_TIME_LIMIT</c> (3600 seconds; null for no limit).
/// </remarks>
public interface ICsrfTokens
{
    /// <summary>
    /// The signed token for the current request, as <c>generate_csrf</c>: the raw token is made
    /// and stored in the session the first time, and every call in one request gives the same
    /// value. Call it before the response starts (a before-request hook) when the page is streamed,
    /// so that the session cookie carrying the raw token can still be sent.
    /// </summary>
    /// <param name="secretKey">Signs the token; <c>WTF_CSRF_SECRET_KEY</c> or <c>SECRET_KEY</c> by default.</param>
    /// <param name="tokenKey">The session key of the raw token; <c>WTF_CSRF_FIELD_NAME</c> by default.</param>
    /// <exception cref="InvalidOperationException">There is no current request, or no secret key is configured.</exception>
    string Generate(string? secretKey = null, string? tokenKey = null);

    /// <summary>
    /// Checks <paramref name="token"/> against the session of the current request, as
    /// <c>validate_csrf</c>, and throws <see cref="CsrfException"/> saying why it was refused.
    /// </summary>
    /// <param name="token">The token the client sent, or null when it sent none.</param>
    /// <param name="secretKey">The key it was signed with; <c>WTF_CSRF_SECRET_KEY</c> or <c>SECRET_KEY</c> by default.</param>
    /// <param name="timeLimit">Its maximum age; <c>WTF_CSRF_TIME_LIMIT</c> by default.</param>
    /// <param name="tokenKey">The session key of the raw token; <c>WTF_CSRF_FIELD_NAME</c> by default.</param>
    /// <exception cref="CsrfException">The token is missing, expired, invalid or not this session's.</exception>
    void Validate(string? token, string? secretKey = null, TimeSpan? timeLimit = null, string? tokenKey = null);
}
