namespace Carafe.Sessions;

/// <summary>
/// The session cookie's name and attributes from the config (<c>SESSION_COOKIE_*</c>, the path
/// falling back to <c>APPLICATION_ROOT</c>), as Flask's <c>SessionInterface.get_cookie_*</c>;
/// shared by every session interface that keeps something in that cookie.
/// </summary>
internal sealed record SessionCookie(string Name, string Path, string? Domain, bool Secure, bool HttpOnly, string? SameSite)
{
    public static SessionCookie From(Config config) => new(
        config.Get("SESSION_COOKIE_NAME", "session"),
        config.Get<string?>("SESSION_COOKIE_PATH", null) ?? config.Get("APPLICATION_ROOT", "/"),
        config.Get<string?>("SESSION_COOKIE_DOMAIN", null),
        config.Get("SESSION_COOKIE_SECURE", false),
        config.Get("SESSION_COOKIE_HTTPONLY", true),
        config.Get<string?>("SESSION_COOKIE_SAMESITE", null));

    /// <summary>Sets the cookie to <paramref name="value"/>, a browser-session cookie unless <paramref name="expires"/> is given.</summary>
    public void Set(Response response, string value, DateTimeOffset? expires) =>
        response.SetCookie(Name, value, expires: expires, path: Path, domain: Domain, secure: Secure, httpOnly: HttpOnly, sameSite: SameSite);

    /// <summary>Deletes the cookie, with the attributes it was set with.</summary>
    public void Delete(Response response) => response.DeleteCookie(Name, Path, Domain, Secure, HttpOnly, SameSite);

    /// <summary>Adds <c>Vary: Cookie</c> unless the response already varies on it: a response that read the session depends on the cookie.</summary>
    public static void AddVary(Response response)
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

    /// <summary>The secret key, or the error Flask gives when a session must be saved without one.</summary>
    public static string RequireSecretKey(Config config)
    {
        var secretKey = config.Get<string?>("SECRET_KEY", null);
        return string.IsNullOrEmpty(secretKey)
            ? throw new InvalidOperationException(
                "The session is unavailable because no secret key was set. Set SECRET_KEY in the app's Config " +
                "(or appsettings.json, or the CARAFE_SECRET_KEY environment variable) to something unique and secret.")
            : secretKey;
    }
}
