using System.Text;

namespace Carafe;

/// <summary>
/// What a view answers with, as Flask's <c>Response</c>: a status, headers, cookies and a
/// body that is either buffered (<see cref="Data"/>) or streamed (<see cref="Streamer"/>).
/// Views may also return strings, tuples, dictionaries and objects; the framework turns
/// those into a <see cref="Response"/> the way Flask's <c>make_response</c> does.
/// </summary>
public class Response : IAsyncDisposable
{
    /// <summary>The content type of HTML responses, Flask's default.</summary>
    public const string DefaultMimetype = "text/html";

    // Werkzeug's get_content_type: these take "; charset=utf-8" besides text/* and */*+xml.
    private static readonly HashSet<string> CharsetMimetypes = new(StringComparer.Ordinal)
    {
        "application/ecmascript", "application/javascript", "application/sql", "application/xml",
        "application/xml-dtd", "application/xml-external-parsed-entity",
    };

    private readonly List<ResponseCookie> _cookies = [];
    private byte[] _data;
    private IAsyncDisposable? _source;

    /// <summary>Creates a text response; the text is sent as UTF-8.</summary>
    /// <param name="body">The body.</param>
    /// <param name="status">The status code, 200 by default.</param>
    /// <param name="mimetype">The mimetype; <c>text/html</c> by default. A charset is added as Werkzeug adds one.</param>
    public Response(string body = "", int status = 200, string? mimetype = null)
        : this(Encoding.UTF8.GetBytes(body), status, mimetype)
    {
    }

    /// <summary>Creates a response with a binary body.</summary>
    public Response(byte[] body, int status = 200, string? mimetype = null)
    {
        _data = body;
        StatusCode = status;
        Mimetype = mimetype ?? DefaultMimetype;
    }

    /// <summary>The status code.</summary>
    public int StatusCode { get; set; }

    /// <summary>The headers, Content-Type among them.</summary>
    public Headers Headers { get; } = new();

    /// <summary>The cookies the response sets or deletes, in order.</summary>
    public IReadOnlyList<ResponseCookie> Cookies => _cookies;

    /// <summary>The buffered body (empty when the body is streamed).</summary>
    public byte[] Data
    {
        get => _data;
        set
        {
            _data = value;
            Streamer = null;
        }
    }

    /// <summary>The body as text, decoded as UTF-8.</summary>
    public string Text => Encoding.UTF8.GetString(_data);

    /// <summary>
    /// Writes a streamed body, chunk by chunk, as the view produces it; null for a buffered body.
    /// </summary>
    public Func<Stream, CancellationToken, Task>? Streamer { get; private set; }

    /// <summary>The Content-Type header exactly as sent.</summary>
    public string? ContentType
    {
        get => Headers["Content-Type"];
        set => Headers["Content-Type"] = value;
    }

    /// <summary>
    /// The Content-Type without parameters. Setting it sets Content-Type, adding
    /// <c>; charset=utf-8</c> for text types as Werkzeug does (<c>text/csv</c> becomes
    /// <c>text/csv; charset=utf-8</c>, <c>application/json</c> stays as it is).
    /// </summary>
    public string Mimetype
    {
        get
        {
            var contentType = ContentType ?? "";
            var semicolon = contentType.IndexOf(';');
            return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
        }
        set => ContentType = WithCharset(value);
    }

    /// <summary>Makes the body a stream of text chunks, each sent as soon as it is produced.</summary>
    public Response StreamText(IAsyncEnumerable<string> chunks)
    {
        _data = [];
        Streamer = async (stream, cancellationToken) =>
        {
            await foreach (var chunk in chunks.WithCancellation(cancellationToken))
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(chunk), cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }
        };
        return this;
    }

    /// <summary>Makes the body the content of <paramref name="source"/>, copied as it is read.</summary>
    public Response StreamFrom(Stream source)
    {
        _data = [];
        _source = source;
        Streamer = async (stream, cancellationToken) =>
        {
            await using (source)
            {
                await source.CopyToAsync(stream, cancellationToken);
            }
        };
        return this;
    }

    /// <summary>
    /// Releases the source of a streamed body that was never sent (a HEAD request, a 304);
    /// the framework calls it once the response is written.
    /// </summary>
    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return _source?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    /// <summary>Sets a cookie, as Flask's <c>response.set_cookie</c>.</summary>
    public void SetCookie(
        string name,
        string value = "",
        TimeSpan? maxAge = null,
        DateTimeOffset? expires = null,
        string? path = "/",
        string? domain = null,
        bool secure = false,
        bool httpOnly = false,
        string? sameSite = null)
    {
        if (sameSite is not null && sameSite is not ("Strict" or "Lax" or "None"))
        {
            throw new ArgumentException($"SameSite must be 'Strict', 'Lax' or 'None', not '{sameSite}'.", nameof(sameSite));
        }
        _cookies.Add(new ResponseCookie(name, value)
        {
            MaxAge = maxAge,
            Expires = expires,
            Path = path,
            Domain = domain,
            Secure = secure,
            HttpOnly = httpOnly,
            SameSite = sameSite,
        });
    }

    /// <summary>Deletes a cookie by sending it empty and expired; path and domain must match the ones it was set with.</summary>
    public void DeleteCookie(string name, string? path = "/", string? domain = null, bool secure = false, bool httpOnly = false, string? sameSite = null) =>
        SetCookie(name, "", TimeSpan.Zero, DateTimeOffset.UnixEpoch, path, domain, secure, httpOnly, sameSite);

    /// <summary>Adds <c>; charset=utf-8</c> to <paramref name="mimetype"/> where Werkzeug would.</summary>
    public static string WithCharset(string mimetype) =>
        mimetype.StartsWith("text/", StringComparison.Ordinal)
        || mimetype.EndsWith("+xml", StringComparison.Ordinal)
        || CharsetMimetypes.Contains(mimetype)
            ? mimetype + "; charset=utf-8"
            : mimetype;
}
