using System.Net;
using System.Text.RegularExpressions;

namespace Flaskr.Tests.Support;

/// <summary>Reads the CSRF token from a page, as a browser submitting its form sends it.</summary>
internal static partial class CsrfToken
{
    public static string From(string html)
    {
        var match = HiddenInput().Match(html);
        Assert.True(match.Success, "The page has no csrf_token field:\n" + html);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("<input[^>]*name=\"csrf_token\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex HiddenInput();
}
