using System.Text;
using Carafe.Http;
using Carafe.Json;
using Carafe.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Carafe.Pipeline;

/// <summary>
/// Adapts ASP.NET Core's request to Carafe's <see cref="Request"/>, once per request. The path
/// and query are decoded from the raw target with Werkzeug's rules (bad escapes tolerated);
/// the body is read by <see cref="LoadBodyAsync"/> before any hook or view runs.
/// </summary>
internal sealed class CarafeRequest : Request
{
    private readonly HttpRequest _request;
    private readonly string _rawQuery;
    private MultiDict<string>? _args;
    private IReadOnlyDictionary<string, string>? _cookies;
    private Headers? _headers;
    private byte[] _body = [];
    private object? _json;
    private bool _jsonParsed;

    /// <param name="context">The ASP.NET Core request to adapt.</param>
    /// <param name="trustedHosts">The hosts TRUSTED_HOSTS allows; null for every host.</param>
    public CarafeRequest(HttpContext context, TrustedHosts? trustedHosts = null)
    {
        _request = context.Request;
        // The host after the forwarded headers middleware, as Werkzeug checks it after ProxyFix; in its
        // ASCII form, as it was sent (ASP.NET Core turns a punycode X-Forwarded-Host into Unicode).
        var host = _request.Host.HasValue ? _request.Host.ToUriComponent() : "";
        if (trustedHosts is not null && !trustedHosts.Allows(host))
        {
            var shown = TrustedHosts.WithoutDefaultPort(_request.Scheme, host);
            HostError = new HttpException(400, $"Host {PythonValues.Repr(shown)} is not trusted.");
        }
        // Kestrel keeps the target as sent; hosts that don't (the test server) give an escaped path instead.
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(rawTarget))
        {
            rawTarget = (_request.PathBase + _request.Path).ToUriComponent() + _request.QueryString.ToUriComponent();
        }
        var question = rawTarget.IndexOf('?');
        var rawPath = question < 0 ? rawTarget : rawTarget[..question];
        _rawQuery = question < 0 ? "" : rawTarget[(question + 1)..];
        // An absolute-form target ("http://host/path") routes by its path.
        if (!rawPath.StartsWith('/'))
        {
            rawPath = Uri.TryCreate(rawPath, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
        }
        Path = UrlDecoding.DecodePath(rawPath);
        RemoteAddr = context.Connection.RemoteIpAddress?.ToString();
    }

    public override string Method => _request.Method;

    public override string Scheme => _request.Scheme;

    /// <summary>The host; reading an untrusted one throws <see cref="HostError"/>, as Werkzeug's <c>request.host</c> raises SecurityError.</summary>
    public override string Host => HostError is null ? _request.Host.Value ?? "" : throw HostError;

    /// <summary>The 400 Bad Request for a host that TRUSTED_HOSTS does not allow, or null.</summary>
    public HttpException? HostError { get; }

    public override string Path { get; }

    public override string QueryString => _rawQuery;

    public override string? RemoteAddr { get; }

    // Set by ASP.NET Core's forwarded headers middleware from a trusted proxy's X-Forwarded-Prefix.
    public override string ScriptRoot => _request.PathBase.Value ?? "";

    public override MultiDict<string> Args => _args ??= _rawQuery.Length == 0 ? new MultiDict<string>() : UrlDecoding.ParseQuery(_rawQuery);

    public override MultiDict<string> Form { get; } = new();

    public override MultiDict<FileStorage> Files { get; } = new();

    public override IReadOnlyDictionary<string, string> Cookies => _cookies ??= CookieHeader.Parse(_request.Headers.Cookie.ToString());

    public override Headers Headers
    {
        get
        {
            if (_headers is null)
            {
                _headers = new Headers();
                foreach (var (name, values) in _request.Headers)
                {
                    _headers.Add(name, values.ToString());
                }
            }
            return _headers;
        }
    }

    public override string? Endpoint => MatchedEndpoint;

    public override IReadOnlyDictionary<string, object?> ViewArgs => MatchedValues;

    public string? MatchedEndpoint { get; set; }

    public IReadOnlyDictionary<string, object?> MatchedValues { get; set; } = EmptyValues;

    public static readonly IReadOnlyDictionary<string, object?> EmptyValues = new Dictionary<string, object?>();

    public override byte[] GetData() => _body;

    public override object? GetJson(bool force = false, bool silent = false)
    {
        if (!force && !IsJson)
        {
            return silent ? null : throw new HttpException(400);
        }
        if (!_jsonParsed)
        {
            try
            {
                _json = FlaskJson.Deserialize(_body);
                _jsonParsed = true;
            }
            catch (JsonDecodeException)
            {
                return silent ? null : throw new HttpException(400);
            }
        }
        return _json;
    }

    /// <summary>
    /// Reads the body: urlencoded and multipart bodies into <see cref="Form"/> and
    /// <see cref="Files"/> (files over 64 KiB spooled to disk by ASP.NET Core), anything else
    /// into memory. A body over <paramref name="maxContentLength"/> is a 413, refused from its
    /// Content-Length before any of it is read; a malformed multipart body gives an empty form,
    /// as in Werkzeug.
    /// </summary>
    public async Task LoadBodyAsync(long? maxContentLength, CancellationToken cancellationToken)
    {
        var declared = _request.ContentLength;
        if (maxContentLength is { } max)
        {
            // Kestrel then enforces the limit on chunked bodies, and closes rather than drains an oversized one.
            var sizeFeature = _request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (sizeFeature is { IsReadOnly: false })
            {
                sizeFeature.MaxRequestBodySize = max;
            }
            if (declared > max)
            {
                throw new HttpException(413);
            }
        }
        if (declared == 0 || (declared is null && !_request.Headers.ContainsKey("Transfer-Encoding")))
        {
            return;
        }
        try
        {
            if (Mimetype == "multipart/form-data")
            {
                await MultipartFormReader.ReadAsync(_request.HttpContext, ContentType, Form, Files, cancellationToken);
                return;
            }
            _body = await ReadAllAsync(maxContentLength, cancellationToken);
            if (Mimetype == "application/x-www-form-urlencoded")
            {
                foreach (var (key, value) in UrlDecoding.ParseForm(_body))
                {
                    Form.Add(key, value);
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw new HttpException(413);
        }
    }

    private async Task<byte[]> ReadAllAsync(long? maxContentLength, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(_request.ContentLength is { } length and < int.MaxValue ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await _request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxContentLength)
            {
                throw new HttpException(413);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
