using System.Text;

namespace Carafe.Templating;

/// <summary>A string known to be safe HTML: autoescaping leaves it as it is (MarkupSafe's <c>Markup</c>).</summary>
public sealed class Markup : IEquatable<Markup>
{
    /// <summary>Wraps text that is already safe; it will not be escaped.</summary>
    public Markup(string html) => Html = html;

    /// <summary>The safe HTML text.</summary>
    public string Html { get; }

    /// <summary>Escapes a value for HTML unless it is already <see cref="Markup"/> or <see cref="IHtml"/>; other values are converted with Python's <c>str()</c>.</summary>
    public static Markup Escape(object? value) => value switch
    {
        Markup markup => markup,
        IHtml html => new Markup(html.ToHtml()),
        _ => new Markup(EscapeText(Values.PyFormat.Str(value))),
    };

    /// <summary>Escapes <c>&amp; &lt; &gt; ' "</c> as MarkupSafe does.</summary>
    public static string EscapeText(string text)
    {
        int first = text.AsSpan().IndexOfAny("&<>'\"");
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '"': sb.Append("&#34;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>The HTML text.</summary>
    public override string ToString() => Html;

    /// <inheritdoc/>
    public bool Equals(Markup? other) => other is not null && other.Html == Html;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Markup m && Equals(m);

    /// <inheritdoc/>
    public override int GetHashCode() => Html.GetHashCode();
}
