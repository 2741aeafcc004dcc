using System.Text.RegularExpressions;

namespace Carafe.StaticFiles;

/// <summary>
/// An <c>If-None-Match</c>, <c>If-Match</c> or <c>If-Range</c> list of entity tags, parsed as
/// Werkzeug's <c>parse_etags</c>: quoted or bare tags, <c>W/</c> marking weak ones, <c>*</c> matching any.
/// </summary>
internal sealed partial class EntityTags
{
    private readonly HashSet<string> _strong = new(StringComparer.Ordinal);
    private readonly HashSet<string> _weak = new(StringComparer.Ordinal);
    private bool _any;

    // Werkzeug keeps an empty quoted tag ("") as None: it matches nothing but makes the list non-empty.
    private int _count;

    private EntityTags()
    {
    }

    /// <summary>Whether the header named any tag (an absent or empty header names none).</summary>
    public bool IsEmpty => !_any && _count == 0;

    /// <summary>Parses a header value; null gives an empty list.</summary>
    public static EntityTags Parse(string? header)
    {
        var tags = new EntityTags();
        if (string.IsNullOrEmpty(header))
        {
            return tags;
        }
        var position = 0;
        while (position < header.Length)
        {
            var match = Tag().Match(header, position);
            if (!match.Success)
            {
                break;
            }
            var raw = match.Groups["raw"].Success ? match.Groups["raw"].Value : null;
            if (raw == "*")
            {
                return new EntityTags { _any = true };
            }
            var quoted = match.Groups["quoted"];
            var tag = quoted.Success && quoted.Length > 0 ? quoted.Value : raw;
            if (tag is not null)
            {
                (match.Groups["weak"].Success ? tags._weak : tags._strong).Add(tag);
            }
            tags._count++;
            position = match.Index + match.Length;
        }
        return tags;
    }

    /// <summary>Strong comparison, <c>*</c> matching any tag.</summary>
    public bool Contains(string etag) => _any || _strong.Contains(etag);

    /// <summary>Weak comparison (for <c>If-None-Match</c>): weak tags count too.</summary>
    public bool ContainsWeak(string etag) => _weak.Contains(etag) || Contains(etag);

    /// <summary>Whether <paramref name="etag"/> is listed as a strong tag; Werkzeug does not let <c>*</c> count here.</summary>
    public bool IsStrong(string etag) => _strong.Contains(etag);

    /// <summary>An ETag header value without its quotes and <c>W/</c> prefix (Werkzeug's <c>unquote_etag</c>).</summary>
    public static string Unquote(string etag)
    {
        var value = etag.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal) || value.StartsWith("w/", StringComparison.Ordinal))
        {
            value = value[2..];
        }
        return value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value == "\"" ? "" : value;
    }

    // Werkzeug's _etag_re, anchored where the previous tag ended.
    [GeneratedRegex("""\G(?<weak>[Ww]/)?(?:"(?<quoted>.*?)"|(?<raw>.*?))(?:\s*,\s*|$)""")]
    private static partial Regex Tag();
}
