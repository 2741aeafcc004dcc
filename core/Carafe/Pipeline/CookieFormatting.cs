using Carafe.Http;

namespace Carafe.Pipeline;

/// <summary>Turns a <see cref="ResponseCookie"/> into its <c>Set-Cookie</c> header value.</summary>
internal static class CookieFormatting
{
    public static string ToHeader(this ResponseCookie cookie, DateTimeOffset now) =>
        CookieHeader.Format(cookie.Name, cookie.Value, cookie.MaxAge, cookie.Expires, cookie.Path, cookie.Domain, cookie.Secure, cookie.HttpOnly, cookie.SameSite, now);
}
