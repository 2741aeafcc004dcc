namespace Carafe.Http;

/// <summary>
/// The pieces of Werkzeug's <c>redirect()</c> response: the <c>Location</c> value (the target
/// IRI-to-URI encoded, never made absolute) and the small HTML body shown by clients that do not
/// follow redirects.
/// </summary>
internal static class Redirects
{
    /// <summary>The <c>Location</c> header for <paramref name="location"/>: <see cref="Iri.ToUri"/> with safe conversion.</summary>
    public static string Location(string location) => Iri.ToUri(location);

    /// <summary>
    /// The redirect body: the link text is the target as given, the href the encoded target, both
    /// HTML-escaped; Werkzeug leaves the paragraph unclosed.
    /// </summary>
    public static string Body(string location) =>
        "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n"
        + "<p>You should be redirected automatically to the target URL: "
        + $"<a href=\"{HtmlEscaping.Escape(Location(location))}\">{HtmlEscaping.Escape(location)}</a>. If not, click the link.\n";
}
