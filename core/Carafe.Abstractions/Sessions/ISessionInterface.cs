namespace Carafe;

/// <summary>
/// Loads and saves the session, as Flask's <c>SessionInterface</c>. The default keeps it in a
/// signed cookie; a server-side store (a database, Redis) implements this to keep it there,
/// sending only an id in the cookie.
/// </summary>
public interface ISessionInterface
{
    /// <summary>
    /// Loads the session of <paramref name="request"/>, called only when the request carries the
    /// session cookie. Null (a bad, tampered or expired cookie) gives a new, empty session.
    /// </summary>
    ValueTask<Session?> OpenAsync(Request request, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="session"/> onto <paramref name="response"/> at the end of a request
    /// that loaded or used it: sets, refreshes or deletes the cookie, and adds <c>Vary: Cookie</c>
    /// when the session was read.
    /// </summary>
    ValueTask SaveAsync(Session session, Request request, Response response, CancellationToken cancellationToken);
}
