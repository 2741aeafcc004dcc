using Carafe.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Testing;

/// <summary>Testing entry points on <see cref="CarafeApp"/>.</summary>
public static class CarafeAppTestingExtensions
{
    /// <summary>A client that sends requests to the app in memory; setup is frozen from then on.</summary>
    /// <param name="app">The app.</param>
    /// <param name="useCookies">Whether to keep cookies between requests, as a browser does.</param>
    public static TestClient TestClient(this CarafeApp app, bool useCookies = true) => new(app, useCookies);

    /// <summary>
    /// Makes a request current without sending it, as Flask's <c>test_request_context</c>, so that
    /// <c>UrlFor</c>, <c>Current.Request</c> and friends work in a test. Dispose it to leave.
    /// </summary>
    public static IDisposable TestRequestContext(this CarafeApp app, string path = "/", string method = "GET", string host = "localhost", string scheme = "http")
    {
        app.Freeze();
        var question = path.IndexOf('?');
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().BuildServiceProvider() };
        http.Request.Method = method;
        http.Request.Scheme = scheme;
        http.Request.Host = new HostString(host);
        http.Request.Path = question < 0 ? path : path[..question];
        http.Request.QueryString = question < 0 ? QueryString.Empty : new QueryString(path[question..]);
        var previous = RequestContext.Current;
        RequestContext.Current = new RequestContext(app, http, new CarafeRequest(http));
        return new Scope(() => RequestContext.Current = previous);
    }

    private sealed class Scope(Action leave) : IDisposable
    {
        public void Dispose() => leave();
    }
}
