using System.Globalization;
using Carafe.Templating;

namespace Carafe.Forms.Widgets;

/// <summary>
/// WTForms' <c>html_params</c>: attributes sorted by name, <c>class_</c> and <c>for_</c> lose their
/// underscore, <c>data_</c>/<c>aria_</c> names take hyphens, <c>true</c> gives a bare attribute and
/// <c>false</c> none, and every other value is Python's <c>str()</c> of it, escaped.
/// </summary>
internal static class HtmlParams
{
    public static string Render(IEnumerable<KeyValuePair<string, object?>> attributes)
    {
        var parts = new List<string>();
        foreach (var (key, value) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var name = CleanKey(key);
            switch (value)
            {
                case true:
                    parts.Add(name);
                    break;
                case false:
                    break;
                default:
                    parts.Add($"{name}=\"{Escape(value)}\"");
                    break;
            }
        }
        return string.Join(" ", parts);
    }

    /// <summary>MarkupSafe's <c>escape(value)</c>: markup stays as it is, anything else is <c>str()</c>-ed and escaped.</summary>
    public static string Escape(object? value) => value switch
    {
        Markup markup => markup.Html,
        IHtml html => html.ToHtml(),
        _ => Markup.EscapeText(Str(value)),
    };

    /// <summary>Python's <c>str()</c> of the values forms carry.</summary>
    public static string Str(object? value) => value switch
    {
        null => "None",
        string text => text,
        bool flag => flag ? "True" : "False",
        double number => PythonFormat.FloatRepr(number),
        float number => PythonFormat.FloatRepr(number),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string CleanKey(string key)
    {
        key = key.TrimEnd('_');
        return key.StartsWith("data_", StringComparison.Ordinal) || key.StartsWith("aria_", StringComparison.Ordinal)
            ? key.Replace('_', '-')
            : key;
    }
}
