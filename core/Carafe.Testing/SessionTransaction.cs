using Carafe.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Carafe.Testing;

/// <summary>
/// The test client's session opened between requests, as Flask's <c>session_transaction</c>:
/// read and change <see cref="Session"/>, and the change is saved into the client's cookie when
/// this is disposed.
/// </summary>
public sealed class SessionTransaction : IDisposable
{
    private readonly CarafeApp _app;
    private readonly CookieJar _cookies;
    private readonly Request _request;

    internal SessionTransaction(CarafeApp app, CookieJar cookies)
    {
        _app = app;
        _cookies = cookies;
        var http = new DefaultHttpContext();
        http.Request.Host = new HostString("localhost");
        if (cookies.HeaderFor("/", DateTimeOffset.UtcNow) is { } header)
        {
            http.Request.Headers.Cookie = header;
        }
        _request = new CarafeRequest(http);
        Session = app.SessionInterface.OpenAsync(_request, CancellationToken.None).AsTask().GetAwaiter().GetResult() ?? new Session();
    }

    /// <summary>The session as the next request will see it.</summary>
    public Session Session { get; }

    /// <summary>Saves the session into the client's cookie.</summary>
    public void Dispose()
    {
        var response = new Response();
        Session.Modified = true;
        _app.SessionInterface.SaveAsync(Session, _request, response, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        foreach (var cookie in response.Cookies)
        {
            _cookies.Store(cookie.ToHeader(DateTimeOffset.UtcNow), DateTimeOffset.UtcNow);
        }
    }
}
