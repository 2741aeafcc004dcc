namespace Carafe.Http;

/// <summary>
/// MIME types as Flask finds them: <see cref="Guess"/> is Python's <c>mimetypes.guess_type</c>
/// with Debian's <c>/etc/mime.types</c> (what <c>send_file</c> uses: <c>.js</c> is
/// <c>text/javascript</c>, <c>.tar.gz</c> is <c>application/x-tar</c> with encoding gzip), and
/// Werkzeug's <c>get_content_type</c> (adding the charset) is <see cref="Response.WithCharset"/>.
/// </summary>
internal static partial class MimeTypes
{
    /// <summary>The MIME type of a file by its name, or null when the extension is unknown.</summary>
    public static string? FromFileName(string name) => Guess(name).MimeType;

    /// <summary>
    /// Python's <c>guess_type</c>: the MIME type and the content encoding a compression suffix
    /// implies (<c>gzip</c>, <c>bzip2</c>, <c>xz</c>, <c>br</c>, <c>compress</c>), either null.
    /// </summary>
    public static (string? MimeType, string? Encoding) Guess(string name)
    {
        var colon = name.IndexOf(':');
        if (colon > 0 && name.AsSpan(0, colon).IndexOf('/') < 0)
        {
            // urllib's splittype: a "scheme:" prefix is dropped, and a data: URL names its own type.
            if (name[..colon].Equals("data", StringComparison.OrdinalIgnoreCase))
            {
                return (DataUrlType(name[(colon + 1)..]), null);
            }
            name = name[(colon + 1)..];
        }

        var (stem, extension) = SplitExtension(name);
        while (SuffixAliases.TryGetValue(extension.ToLowerInvariant(), out var alias))
        {
            (stem, extension) = SplitExtension(stem + alias);
        }
        string? encoding = null;
        if (EncodingsBySuffix.TryGetValue(extension, out var found))
        {
            encoding = found;
            (_, extension) = SplitExtension(stem);
        }
        return (TypesByExtension.GetValueOrDefault(extension.ToLowerInvariant()), encoding);
    }

    private static string? DataUrlType(string url)
    {
        var comma = url.IndexOf(',');
        if (comma < 0)
        {
            return null;
        }
        var semicolon = url.IndexOf(';', 0, comma);
        var type = url[..(semicolon >= 0 ? semicolon : comma)];
        return type.Contains('=') || !type.Contains('/') ? "text/plain" : type;
    }

    // posixpath.splitext: the last dot of the last segment, unless the name is only leading dots before it.
    private static (string Stem, string Extension) SplitExtension(string path)
    {
        var dot = path.LastIndexOf('.');
        var segmentStart = path.LastIndexOf('/') + 1;
        if (dot < segmentStart)
        {
            return (path, "");
        }
        for (var i = segmentStart; i < dot; i++)
        {
            if (path[i] != '.')
            {
                return (path[..dot], path[dot..]);
            }
        }
        return (path, "");
    }
}
