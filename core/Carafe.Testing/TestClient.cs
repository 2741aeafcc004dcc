using System.Net.Http.Headers;
using System.Text;
using Carafe.Json;
using Carafe.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Carafe.Testing;

/// <summary>
/// Sends requests to an app in memory (no sockets), as Flask's test client: cookies are kept
/// between requests, forms, files and JSON are encoded for you, redirects are followed when
/// asked. Create it with <c>app.TestClient()</c>.
/// </summary>
public sealed class TestClient : IDisposable
{
    private readonly WebApplication _web;
    private readonly HttpClient _http;
    private readonly CookieJar? _cookies;

    internal TestClient(CarafeApp app, bool useCookies)
    {
        App = app;
        _web = app.Build(builder => builder.WebHost.UseTestServer());
        _web.StartAsync().GetAwaiter().GetResult();
        var server = _web.GetTestServer();
        _http = new HttpClient(server.CreateHandler()) { BaseAddress = new Uri("http://localhost/") };
        _cookies = useCookies ? new CookieJar() : null;
    }

    /// <summary>The app under test.</summary>
    public CarafeApp App { get; }

    /// <summary>The app's services as the running app has them, as Flask's <c>client.application</c> gives its extensions.</summary>
    public IServiceProvider Services => _web.Services;

    /// <summary>Sends a GET request.</summary>
    public TestResponse Get(string url, object? query = null, object? headers = null, bool followRedirects = false) =>
        Open("GET", url, query: query, headers: headers, followRedirects: followRedirects);

    /// <summary>Sends a POST request with form fields, files, JSON or raw data.</summary>
    public TestResponse Post(string url, object? form = null, IEnumerable<TestFile>? files = null, object? json = null,
        string? data = null, string? contentType = null, object? headers = null, bool followRedirects = false) =>
        Open("POST", url, form: form, files: files, json: json, data: data, contentType: contentType, headers: headers, followRedirects: followRedirects);

    /// <summary>Sends a PUT request.</summary>
    public TestResponse Put(string url, object? form = null, object? json = null, string? data = null, string? contentType = null, object? headers = null) =>
        Open("PUT", url, form: form, json: json, data: data, contentType: contentType, headers: headers);

    /// <summary>Sends a PATCH request.</summary>
    public TestResponse Patch(string url, object? form = null, object? json = null, string? data = null, string? contentType = null, object? headers = null) =>
        Open("PATCH", url, form: form, json: json, data: data, contentType: contentType, headers: headers);

    /// <summary>Sends a DELETE request.</summary>
    public TestResponse Delete(string url, object? headers = null) => Open("DELETE", url, headers: headers);

    /// <summary>Sends a HEAD request.</summary>
    public TestResponse Head(string url, object? headers = null) => Open("HEAD", url, headers: headers);

    /// <summary>Sends an OPTIONS request.</summary>
    public TestResponse Options(string url, object? headers = null) => Open("OPTIONS", url, headers: headers);

    /// <summary>Sends a request with any method; see <see cref="OpenAsync"/>.</summary>
    public TestResponse Open(string method, string url, object? query = null, object? form = null, IEnumerable<TestFile>? files = null,
        object? json = null, string? data = null, string? contentType = null, object? headers = null, bool followRedirects = false) =>
        OpenAsync(method, url, query, form, files, json, data, contentType, headers, followRedirects).GetAwaiter().GetResult();

    /// <summary>Sends a request.</summary>
    /// <param name="method">The method.</param>
    /// <param name="url">The path (and query), such as <c>/login?next=/</c>.</param>
    /// <param name="query">Query values to add: an anonymous object or dictionary.</param>
    /// <param name="form">Form fields: urlencoded, or multipart when <paramref name="files"/> are given.</param>
    /// <param name="files">Files to upload.</param>
    /// <param name="json">A value to send as JSON.</param>
    /// <param name="data">A raw body.</param>
    /// <param name="contentType">The Content-Type of a raw body.</param>
    /// <param name="headers">Request headers: an anonymous object or dictionary (use a dictionary for names with dashes).</param>
    /// <param name="followRedirects">Whether to follow redirects (303 and 301/302 after POST become GET, as browsers do).</param>
    public async Task<TestResponse> OpenAsync(string method, string url, object? query = null, object? form = null, IEnumerable<TestFile>? files = null,
        object? json = null, string? data = null, string? contentType = null, object? headers = null, bool followRedirects = false)
    {
        var history = new List<TestResponse>();
        var response = await SendOnceAsync(method, AddQuery(url, query), form, files, json, data, contentType, headers, history);
        while (followRedirects && response.StatusCode is >= 300 and < 400 && response.Location is { } location)
        {
            history.Add(response);
            if (history.Count > 30)
            {
                throw new InvalidOperationException($"More than 30 redirects, the last to {location}: a redirect loop?");
            }
            var keepBody = response.StatusCode is 307 or 308;
            var target = new Uri(new Uri("http://localhost" + PathOf(url)), location);
            var next = target.PathAndQuery;
            response = keepBody
                ? await SendOnceAsync(method, next, form, files, json, data, contentType, headers, history)
                : await SendOnceAsync(method == "HEAD" ? "HEAD" : "GET", next, null, null, null, null, null, headers, history);
        }
        return response;
    }

    /// <summary>The raw value of a cookie the client holds, or null.</summary>
    public string? GetCookie(string name) => _cookies?.Get(name);

    /// <summary>Sets a cookie the client will send, as Flask's <c>client.set_cookie</c>.</summary>
    public void SetCookie(string name, string value, string path = "/") =>
        (_cookies ?? throw new InvalidOperationException("This client was created with useCookies: false.")).Set(name, value, path);

    /// <summary>
    /// Opens the client's session for reading and changing between requests, as Flask's
    /// <c>session_transaction</c>; the changes are stored in the client's cookie when disposed.
    /// </summary>
    public SessionTransaction SessionTransaction() =>
        new(App, _cookies ?? throw new InvalidOperationException("Sessions need cookies: this client was created with useCookies: false."));

    /// <summary>Stops the in-memory server.</summary>
    public void Dispose()
    {
        _http.Dispose();
        _web.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private async Task<TestResponse> SendOnceAsync(string method, string url, object? form, IEnumerable<TestFile>? files, object? json,
        string? data, string? contentType, object? headers, List<TestResponse> history)
    {
        using var message = new HttpRequestMessage(new HttpMethod(method), url);
        message.Content = Body(form, files, json, data, contentType);
        foreach (var (name, value) in ValueBag.From(headers))
        {
            if (!message.Headers.TryAddWithoutValidation(name, value?.ToString()))
            {
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.Remove(name);
                message.Content.Headers.TryAddWithoutValidation(name, value?.ToString());
            }
        }
        var now = DateTimeOffset.UtcNow;
        if (_cookies?.HeaderFor(PathOf(url), now) is { } cookieHeader && !message.Headers.Contains("Cookie"))
        {
            message.Headers.TryAddWithoutValidation("Cookie", cookieHeader);
        }
        using var response = await _http.SendAsync(message);
        var responseHeaders = new Headers();
        foreach (var (name, values) in response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated))
        {
            foreach (var value in values)
            {
                responseHeaders.Add(name, value);
            }
        }
        foreach (var setCookie in responseHeaders.GetAll("Set-Cookie"))
        {
            _cookies?.Store(setCookie, now);
        }
        var body = await response.Content.ReadAsByteArrayAsync();
        return new TestResponse((int)response.StatusCode, responseHeaders, body, history.ToList());
    }

    private static HttpContent? Body(object? form, IEnumerable<TestFile>? files, object? json, string? data, string? contentType)
    {
        if (json is not null)
        {
            var content = new ByteArrayContent(FlaskJson.SerializeToUtf8Bytes(json));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return content;
        }
        if (files is not null)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in ValueBag.From(form))
            {
                multipart.Add(new StringContent(value?.ToString() ?? ""), name);
            }
            foreach (var file in files)
            {
                var part = new ByteArrayContent(file.Content);
                part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
                // Set by hand: browsers send filename="" for an empty file input, which Add refuses.
                part.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
                {
                    Name = Quote(file.Field),
                    FileName = Quote(file.FileName),
                };
                multipart.Add(part);
            }
            return multipart;
        }
        if (form is not null)
        {
            return new FormUrlEncodedContent(ValueBag.From(form).Select(p => new KeyValuePair<string, string>(p.Key, p.Value?.ToString() ?? "")));
        }
        if (data is not null)
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(data));
            if (contentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
            return content;
        }
        return null;
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string AddQuery(string url, object? query)
    {
        var values = ValueBag.From(query);
        if (values.Count == 0)
        {
            return url;
        }
        var encoded = string.Join("&", values.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value?.ToString() ?? "")));
        return url + (url.Contains('?') ? "&" : "?") + encoded;
    }

    private static string PathOf(string url)
    {
        var question = url.IndexOf('?');
        return question < 0 ? url : url[..question];
    }
}
