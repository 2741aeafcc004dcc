using System.Net;
using System.Text.RegularExpressions;

namespace Carafe.Cluster.Tests.Support;

/// <summary>
/// One person using Flaskr through nginx, as a browser would: a cookie jar of their own, the CSRF
/// token of their session sent with each form, redirects not followed (a 302 to the right place
/// is how Flaskr acknowledges a form).
/// </summary>
internal sealed partial class BlogClient : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;
    private readonly Uri _site;
    private string _csrfToken = "";

    public BlogClient(int port, string username)
    {
        _site = new Uri($"http://127.0.0.1:{port}");
        Username = username;
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = _cookies }) { BaseAddress = _site };
    }

    public string Username { get; }

    public string Email => Username + "@example.com";

    /// <summary>The session cookie as it is now, to present to an instance directly.</summary>
    public string SessionCookie => _cookies.GetCookies(_site)["session"]?.Value ?? throw new InvalidOperationException($"{Username} has no session cookie.");

    /// <summary>Logs in through the login page's form, then reads the new session's CSRF token from a page.</summary>
    public async Task LoginAsync(string password)
    {
        await TokenFromAsync("/auth/login");
        var response = await PostAsync("/auth/login", ("username", Username), ("password", password));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == "/",
            $"{Username} could not log in: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        await TokenFromAsync("/create");
    }

    /// <summary>Writes a post; the answer is the redirect to the index when it was stored.</summary>
    public Task<Outcome> CreatePostAsync(string title) =>
        OutcomeAsync(() => PostAsync("/create", ("title", title), ("body", "written under load by " + Username)), HttpStatusCode.Redirect, "/");

    /// <summary>Reads the index as the logged-in user.</summary>
    public Task<Outcome> ReadIndexAsync() =>
        OutcomeAsync(() => _http.GetAsync("/"), HttpStatusCode.OK, null, $"<span>{Username}</span>");

    /// <summary>Asks for a password reset link for their own address: one message in the outbox.</summary>
    public Task<Outcome> RequestPasswordResetAsync() =>
        OutcomeAsync(() => PostAsync("/auth/forgot-password", ("email", Email)), HttpStatusCode.Redirect, "/auth/login");

    /// <summary>Asks for a reset link for their own address naming another host, as an attacker would: the mail's link is built from the host.</summary>
    public Task<Outcome> RequestPasswordResetForHostAsync(string host) =>
        OutcomeAsync(() => _http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/auth/forgot-password") { Headers = { Host = host }, Content = Form(("email", Email)) }),
            HttpStatusCode.Redirect, "/auth/login");

    public void Dispose() => _http.Dispose();

    private async Task<Outcome> OutcomeAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode expected, string? location, string? text = null)
    {
        try
        {
            using var response = await send();
            var body = await response.Content.ReadAsStringAsync();
            var acknowledged = response.StatusCode == expected
                && (location is null || response.Headers.Location?.OriginalString == location)
                && (text is null || body.Contains(text, StringComparison.Ordinal));
            return new Outcome(acknowledged, acknowledged ? "" : $"{(int)response.StatusCode} {response.Headers.Location}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Outcome(false, e.Message);
        }
    }

    private Task<HttpResponseMessage> PostAsync(string path, params (string Name, string Value)[] fields) => _http.PostAsync(path, Form(fields));

    private FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new([new("csrf_token", _csrfToken), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    private async Task TokenFromAsync(string page)
    {
        var html = await _http.GetStringAsync(page);
        var match = CsrfField().Match(html);
        Assert.True(match.Success, $"{page} has no csrf_token field:\n{html}");
        _csrfToken = WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("<input[^>]*name=\"csrf_token\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex CsrfField();
}

/// <summary>What one operation came to: acknowledged as Flaskr does when it succeeded, or what the client saw instead.</summary>
internal sealed record Outcome(bool Acknowledged, string Error);
