using System.Buffers;
using System.Text;

namespace Carafe.Http;

/// <summary>HTML escaping exactly as markupsafe's <c>escape</c>: <c>&amp; &lt; &gt; " '</c> become <c>&amp;amp; &amp;lt; &amp;gt; &amp;#34; &amp;#39;</c>.</summary>
internal static class HtmlEscaping
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    /// <summary>Escapes <paramref name="text"/> for HTML text and attribute values.</summary>
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&#34;"); break;
                case '\'': builder.Append("&#39;"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
