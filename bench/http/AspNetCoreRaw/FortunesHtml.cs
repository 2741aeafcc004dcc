using System.Text;

namespace Carafe.Bench.Http;

/// <summary>The fortunes page written by hand, byte for byte what flask/templates/fortunes.html renders.</summary>
internal static class FortunesHtml
{
    private const string Head =
        "<!DOCTYPE html>\n<html>\n<head><title>Fortunes</title></head>\n<body>\n<table>\n<tr><th>id</th><th>message</th></tr>\n";

    private const string Tail = "</table>\n</body>\n</html>";

    /// <summary>Renders the table, escaping each message as Jinja2 (MarkupSafe) does.</summary>
    public static string Render(List<Fortune> fortunes)
    {
        var html = new StringBuilder(2048).Append(Head);
        foreach (var fortune in fortunes)
        {
            html.Append("<tr><td>").Append(fortune.Id).Append("</td><td>");
            AppendEscaped(html, fortune.Message);
            html.Append("</td></tr>\n");
        }

        return html.Append(Tail).ToString();
    }

    private static void AppendEscaped(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&#34;"); break;
                case '\'': html.Append("&#39;"); break;
                default: html.Append(c); break;
            }
        }
    }
}
