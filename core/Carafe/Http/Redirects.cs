namespace Carafe.Http;

/// <summary>
/// The pieces of Werkzeug's <c>redirect()</c> response: the <c>Location</c> value (the target
/// IRI-to-URI encoded, never made absolute) and the small HTML body shown by clients that do not
/// follow redirects.
/// </summary>
internal static class Redirects
{
    /// <summary>The <c>Location</c> header for <paramref name="location"/>: <see cref="Iri.ToUri"/> with safe conversion.</summary>
    /// <exception cref="ArgumentException">
    /// The result would still hold a line break (an ASCII target whose only whitespace is at its ends,
    /// or a line break in the host), which Werkzeug refuses as header injection.
    /// </exception>
    public static string Location(string location)
    {
        var uri = Iri.ToUri(location);
        return uri.AsSpan().IndexOfAny('\r', '\n') < 0
            ? uri
            : throw new ArgumentException($"Cannot redirect to '{location.ReplaceLineEndings(" ")}': the Location header would contain a line break, a potential header injection.", nameof(location));
    }

    /// <summary>
    /// The redirect body: the link text is the target as given, the href the encoded target, both
    /// HTML-escaped; Werkzeug leaves the paragraph unclosed.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="Location"/>.</exception>
    public static string Body(string location) =>
        "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n"
        + "<p>You should be redirected automatically to the target URL: "
        + $"<a href=\"{HtmlEscaping.Escape(Location(location))}\">{HtmlEscaping.Escape(location)}</a>. If not, click the link.\n";
}
