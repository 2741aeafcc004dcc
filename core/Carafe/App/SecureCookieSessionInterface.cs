using Carafe.Sessions;

namespace Carafe;

/// <summary>
/// Keeps the session in a cookie signed with <c>SECRET_KEY</c> (HMAC-SHA256, timestamped), as
/// Flask's <c>SecureCookieSessionInterface</c>: nothing is stored on the server, so any number
/// of instances sharing the key can serve a user. Keys in <c>SECRET_KEY_FALLBACKS</c> are still
/// accepted for reading, so the key can be rotated.
/// </summary>
public sealed class SecureCookieSessionInterface(Config config) : ISessionInterface
{
    /// <inheritdoc/>
    public ValueTask<Session?> OpenAsync(Request request, CancellationToken cancellationToken)
    {
        var secretKey = config.Get<string?>("SECRET_KEY", null);
        if (string.IsNullOrEmpty(secretKey) || !request.Cookies.TryGetValue(SessionCookie.From(config).Name, out var cookie))
        {
            return ValueTask.FromResult<Session?>(null);
        }
        var codec = new SessionCodec(secretKey, Fallbacks);
        var lifetime = config.Get("PERMANENT_SESSION_LIFETIME", TimeSpan.FromDays(31));
        return ValueTask.FromResult(codec.TryDecode(cookie, lifetime, DateTimeOffset.UtcNow, out var values)
            ? new Session(values, isNew: false)
            : null);
    }

    /// <inheritdoc/>
    public ValueTask SaveAsync(Session session, Request request, Response response, CancellationToken cancellationToken)
    {
        var cookie = SessionCookie.From(config);
        if (session.Accessed)
        {
            SessionCookie.AddVary(response);
        }
        if (session.Count == 0)
        {
            if (session.Modified)
            {
                cookie.Delete(response);
                SessionCookie.AddVary(response);
            }
            return ValueTask.CompletedTask;
        }
        var refresh = session.Permanent && config.Get("SESSION_REFRESH_EACH_REQUEST", true);
        if (!session.Modified && !refresh)
        {
            return ValueTask.CompletedTask;
        }
        var secretKey = SessionCookie.RequireSecretKey(config);
        var now = DateTimeOffset.UtcNow;
        DateTimeOffset? expires = session.Permanent ? now + config.Get("PERMANENT_SESSION_LIFETIME", TimeSpan.FromDays(31)) : null;
        cookie.Set(response, new SessionCodec(secretKey, Fallbacks).Encode(session.ToDictionary(), now), expires);
        SessionCookie.AddVary(response);
        return ValueTask.CompletedTask;
    }

    private string[] Fallbacks => config.Get<string[]?>("SECRET_KEY_FALLBACKS", null) ?? [];
}
