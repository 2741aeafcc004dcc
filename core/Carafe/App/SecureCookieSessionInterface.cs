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
        if (string.IsNullOrEmpty(secretKey) || !request.Cookies.TryGetValue(CookieName, out var cookie))
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
        var path = config.Get<string?>("SESSION_COOKIE_PATH", null) ?? config.Get("APPLICATION_ROOT", "/");
        var domain = config.Get<string?>("SESSION_COOKIE_DOMAIN", null);
        var secure = config.Get("SESSION_COOKIE_SECURE", false);
        var httpOnly = config.Get("SESSION_COOKIE_HTTPONLY", true);
        var sameSite = config.Get<string?>("SESSION_COOKIE_SAMESITE", null);
        if (session.Accessed)
        {
            AddVaryCookie(response);
        }
        if (session.Count == 0)
        {
            if (session.Modified)
            {
                response.DeleteCookie(CookieName, path, domain, secure, httpOnly, sameSite);
                AddVaryCookie(response);
            }
            return ValueTask.CompletedTask;
        }
        var refresh = session.Permanent && config.Get("SESSION_REFRESH_EACH_REQUEST", true);
        if (!session.Modified && !refresh)
        {
            return ValueTask.CompletedTask;
        }
        var secretKey = config.Get<string?>("SECRET_KEY", null);
        if (string.IsNullOrEmpty(secretKey))
        {
            throw new InvalidOperationException(
                "The session is unavailable because no secret key was set. Set SECRET_KEY in the app's Config " +
                "(or appsettings.json, or the CARAFE_SECRET_KEY environment variable) to something unique and secret.");
        }
        var now = DateTimeOffset.UtcNow;
        DateTimeOffset? expires = session.Permanent ? now + config.Get("PERMANENT_SESSION_LIFETIME", TimeSpan.FromDays(31)) : null;
        var value = new SessionCodec(secretKey, Fallbacks).Encode(session.ToDictionary(), now);
        response.SetCookie(CookieName, value, expires: expires, path: path, domain: domain, secure: secure, httpOnly: httpOnly, sameSite: sameSite);
        AddVaryCookie(response);
        return ValueTask.CompletedTask;
    }

    private string CookieName => config.Get("SESSION_COOKIE_NAME", "session");

    private string[] Fallbacks => config.Get<string[]?>("SECRET_KEY_FALLBACKS", null) ?? [];

    private static void AddVaryCookie(Response response)
    {
        var vary = response.Headers["Vary"];
        if (vary is null)
        {
            response.Headers["Vary"] = "Cookie";
        }
        else if (!vary.Split(',').Any(v => v.Trim().Equals("Cookie", StringComparison.OrdinalIgnoreCase)))
        {
            response.Headers["Vary"] = vary + ", Cookie";
        }
    }
}
