using System.Collections;

namespace Carafe.Routing;

/// <summary>The percent-encoding Flask and Werkzeug apply to the pieces of a URL they write.</summary>
internal static class UrlQuoting
{
    /// <summary>
    /// Quotes an anchor as Flask's <c>url_for(_anchor=...)</c>: <c>comments section</c> →
    /// <c>comments%20section</c>, <c>x/y?z</c> → <c>x/y%3Fz</c>.
    /// </summary>
    public static string QuoteAnchor(string anchor) => UrlEncoding.Quote(anchor);

    /// <summary>Quotes a rule's static text, or a path to redirect to, as Werkzeug (keeping <c>/:|+</c>).</summary>
    public static string QuoteRuleText(string text) => UrlEncoding.Quote(text, "/:|+");

    /// <summary>
    /// Werkzeug's <c>url_encode</c> of extra values: <c>key=value</c> pairs in order, joined by
    /// <c>&amp;</c>, spaces as <c>+</c>; a list repeats its key; null values are left out.
    /// </summary>
    public static string EncodeQuery(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var pairs = values.SelectMany(entry => QueryItems(entry.Value)
            .Select(item => UrlEncoding.QuotePlus(entry.Key) + "=" + UrlEncoding.QuotePlus(UrlEncoding.ToPythonString(item))));
        return string.Join('&', pairs);
    }

    // Werkzeug's iter_multi_items: each item of a list (a non-string sequence), or the value
    // itself; url_encode then drops nulls.
    private static IEnumerable<object> QueryItems(object? value)
    {
        if (value is IEnumerable sequence and not string)
        {
            foreach (var item in sequence)
            {
                if (item is not null)
                {
                    yield return item;
                }
            }
        }
        else if (value is not null)
        {
            yield return value;
        }
    }
}
