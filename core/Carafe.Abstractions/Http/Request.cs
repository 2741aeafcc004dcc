using System.Text;

namespace Carafe;

/// <summary>
/// The request being handled, as Flask's <c>request</c>. The framework reads the body
/// (form fields, files, JSON) before the view runs, so every member here is synchronous.
/// </summary>
public abstract class Request
{
    /// <summary>The HTTP method, upper case.</summary>
    public abstract string Method { get; }

    /// <summary><c>http</c> or <c>https</c>.</summary>
    public abstract string Scheme { get; }

    /// <summary>The Host header (host and port), as Werkzeug's <c>request.host</c>.</summary>
    public abstract string Host { get; }

    /// <summary>The percent-decoded path, such as <c>/req/info/deep/er path</c>.</summary>
    public abstract string Path { get; }

    /// <summary>The raw query string as sent, without the <c>?</c>.</summary>
    public abstract string QueryString { get; }

    /// <summary>The client's address.</summary>
    public abstract string? RemoteAddr { get; }

    /// <summary>
    /// The path the app is mounted under, as Werkzeug's <c>request.script_root</c>: empty, or
    /// <c>/prefix</c> when a trusted proxy sends <c>X-Forwarded-Prefix</c>. <c>UrlFor</c> puts it
    /// in front of every URL it builds.
    /// </summary>
    public virtual string ScriptRoot => "";

    /// <summary>The query arguments.</summary>
    public abstract MultiDict<string> Args { get; }

    /// <summary>The fields of an urlencoded or multipart body; empty for other bodies.</summary>
    public abstract MultiDict<string> Form { get; }

    /// <summary>The files of a multipart body.</summary>
    public abstract MultiDict<FileStorage> Files { get; }

    /// <summary>The request's cookies; the first wins when a name repeats.</summary>
    public abstract IReadOnlyDictionary<string, string> Cookies { get; }

    /// <summary>The request's headers; repeated headers arrive joined with commas.</summary>
    public abstract Headers Headers { get; }

    /// <summary>The endpoint the request matched, or null when routing failed.</summary>
    public abstract string? Endpoint { get; }

    /// <summary>The blueprint of the matched endpoint, or null.</summary>
    public string? Blueprint
    {
        get
        {
            var dot = Endpoint?.LastIndexOf('.') ?? -1;
            return dot > 0 ? Endpoint![..dot] : null;
        }
    }

    /// <summary>The values the URL rule matched, converted (an <c>int</c> rule gives a number).</summary>
    public abstract IReadOnlyDictionary<string, object?> ViewArgs { get; }

    /// <summary>The raw body.</summary>
    public abstract byte[] GetData();

    /// <summary>The raw body as UTF-8 text.</summary>
    public string GetDataAsText() => Encoding.UTF8.GetString(GetData());

    /// <summary>
    /// The body parsed as JSON into dictionaries, lists, strings, numbers, booleans and nulls,
    /// as Flask's <c>get_json</c>. Without <paramref name="force"/>, a body that is not
    /// declared as JSON is a 400; bad JSON is a 400 unless <paramref name="silent"/>, which
    /// answers null instead.
    /// </summary>
    public abstract object? GetJson(bool force = false, bool silent = false);

    /// <summary>The Content-Type header, or an empty string.</summary>
    public string ContentType => Headers["Content-Type"] ?? "";

    /// <summary>The Content-Type without parameters, lower case; empty without a body type.</summary>
    public string Mimetype
    {
        get
        {
            var contentType = ContentType;
            var semicolon = contentType.IndexOf(';');
            return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
        }
    }

    /// <summary>Whether the mimetype is JSON (<c>application/json</c> or <c>application/*+json</c>).</summary>
    public bool IsJson => Mimetype == "application/json" || (Mimetype.StartsWith("application/", StringComparison.Ordinal) && Mimetype.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>The path and query: <c>/req/info?a=1</c>; a trailing <c>?</c> when there is no query, as Werkzeug.</summary>
    public string FullPath => QuotePath(Path) + "?" + QueryString;

    /// <summary><c>http://host/</c>.</summary>
    public string HostUrl => $"{Scheme}://{Host}/";

    /// <summary>The app's root URL, <c>http://host/</c> (<c>http://host/prefix/</c> under a <see cref="ScriptRoot"/>).</summary>
    public string UrlRoot => $"{Scheme}://{Host}{QuotePath(ScriptRoot)}/";

    /// <summary>The URL without the query: <c>http://host/req/info</c> (with the <see cref="ScriptRoot"/> in front of the path).</summary>
    public string BaseUrl => $"{Scheme}://{Host}{QuotePath(ScriptRoot + Path)}";

    /// <summary>The whole URL, query included.</summary>
    public string Url => QueryString.Length == 0 ? BaseUrl : BaseUrl + "?" + QueryString;

    // Werkzeug shows URLs as IRIs: reserved and unsafe ASCII is percent-encoded, other text is kept.
    private static string QuotePath(string path)
    {
        const string safe = "/-._~!$&'()*+,;=:@";
        StringBuilder? builder = null;
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            var keep = c > 127 || char.IsAsciiLetterOrDigit(c) || safe.Contains(c);
            if (keep)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(path, 0, i, path.Length + 8);
            builder.Append('%').Append(((int)c).ToString("X2"));
        }
        return builder?.ToString() ?? path;
    }
}
