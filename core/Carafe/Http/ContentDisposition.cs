using Carafe.Routing;
using System.Text;

namespace Carafe.Http;

/// <summary>
/// The <c>Content-Disposition</c> header Werkzeug's <c>send_file</c> writes:
/// <c>inline; filename=style.css</c>, the name quoted when it is not a token, and a non-ASCII
/// name given twice, as an ASCII approximation and as RFC 5987 <c>filename*=UTF-8''...</c>.
/// </summary>
internal static class ContentDisposition
{
    // Werkzeug's _token_chars: a value made only of these is written without quotes.
    private const string TokenChars = "!#$%&'*+-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz|~";

    /// <summary>The header value for sending a file as <paramref name="downloadName"/>, inline or as an attachment.</summary>
    public static string Format(string downloadName, bool asAttachment = false)
    {
        var disposition = asAttachment ? "attachment" : "inline";
        if (Ascii.IsValid(downloadName))
        {
            return $"{disposition}; filename={QuoteIfNeeded(downloadName)}";
        }
        var simple = new string(downloadName.Normalize(NormalizationForm.FormKD).Where(char.IsAscii).ToArray());
        var encoded = "UTF-8''" + UrlEncoding.Quote(downloadName, "");
        return $"{disposition}; filename={QuoteIfNeeded(simple)}; filename*={QuoteIfNeeded(encoded)}";
    }

    // Werkzeug's quote_header_value.
    private static string QuoteIfNeeded(string value) =>
        value.All(TokenChars.Contains)
            ? value
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
