using System.Collections;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Filters;

/// <summary>Filters about HTML, URLs and JSON: escaping, marking safe, stripping tags, linking, attributes, query strings.</summary>
internal static partial class HtmlFilters
{
    public static void Register(IDictionary<string, Delegate> filters)
    {
        filters["escape"] = filters["e"] = (FilterFunction)((_, v, _) => Markup.Escape(v));
        filters["forceescape"] = (FilterFunction)((_, v, _) => new Markup(Markup.EscapeText(PyFormat.Str(v))));
        filters["safe"] = (FilterFunction)((_, v, _) => v as Markup ?? new Markup(PyFormat.Str(v)));
        filters["striptags"] = (FilterFunction)((_, v, _) => StripTags(v is Markup m ? m.Html : PyFormat.Str(v)));
        filters["xmlattr"] = (FilterFunction)XmlAttr;
        filters["urlencode"] = (FilterFunction)UrlEncode;
        filters["urlize"] = (FilterFunction)Urlize;
        filters["tojson"] = (FilterFunction)ToJson;
        filters["pprint"] = (FilterFunction)((_, v, _) => PrettyPrint.Format(v));
    }

    /// <summary>MarkupSafe's <c>striptags</c>: drop comments and tags, collapse whitespace, unescape entities.</summary>
    private static string StripTags(string html)
    {
        html = Comment().Replace(html, "");
        html = Tag().Replace(html, "");
        html = string.Join(" ", html.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return WebUtility.HtmlDecode(html);
    }

    private static object? XmlAttr(RenderContext context, object? value, Arguments a)
    {
        bool autospace = PyTruth.IsTrue(a.Get(0, "autospace", true));
        var dict = GenericMapping.AsMapping(value) ?? throw new TemplateRuntimeException("xmlattr expects a mapping");
        var items = new List<string>();
        foreach (DictionaryEntry e in dict)
        {
            if (e.Value is null or Undefined) continue;
            string key = PyFormat.Str(e.Key);
            if (InvalidAttribute().IsMatch(key)) throw new TemplateRuntimeException($"Invalid character in attribute name: {PyFormat.Repr(key)}");
            items.Add($"{Markup.EscapeText(key)}=\"{Markup.Escape(e.Value).Html}\"");
        }
        string result = string.Join(" ", items);
        if (autospace && result.Length > 0) result = " " + result;
        return context.Autoescape ? new Markup(result) : result;
    }

    private static object? UrlEncode(RenderContext context, object? value, Arguments a)
    {
        if (value is string or Markup || !PyIteration.IsIterable(value)) return Quote(PyFormat.Str(value), "/");
        IEnumerable<object?> pairs = GenericMapping.AsMapping(value) is { } d ? PyMapping.Items(d) : PyIteration.Iterate(value);
        return string.Join("&", pairs.Select(pair =>
        {
            var kv = PyIteration.AsReadOnlyList(pair);
            return QueryQuote(kv[0]) + "=" + QueryQuote(kv[1]);
        }));
    }

    private static string QueryQuote(object? value) => Quote(PyFormat.Str(value), "").Replace("%20", "+");

    /// <summary>Python's <c>urllib.parse.quote</c> over UTF-8: letters, digits and <c>_.-~</c> plus <paramref name="safe"/> stay.</summary>
    private static string Quote(string text, string safe)
    {
        var sb = new StringBuilder();
        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            char c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~' || (b < 128 && safe.Contains(c))) sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static object? ToJson(RenderContext context, object? value, Arguments a)
    {
        int? indent = a.Get(0, "indent") is { } i ? PyMethods.ToInt(i) : null;
        string json = PyJson.Dumps(value, indent)
            .Replace("<", "\\u003c").Replace(">", "\\u003e").Replace("&", "\\u0026").Replace("'", "\\u0027");
        return new Markup(json);
    }

    /// <summary>Jinja's <c>urlize</c>: links URLs and e-mail addresses found between whitespace, keeping punctuation around them outside.</summary>
    private static object? Urlize(RenderContext context, object? value, Arguments a)
    {
        int? limit = a.Get(0, "trim_url_limit") is { } t ? PyMethods.ToInt(t) : null;
        bool nofollow = PyTruth.IsTrue(a.Get(1, "nofollow", false));
        var target = a.Get(2, "target");
        var relWords = new SortedSet<string>(StringComparer.Ordinal);
        if (a.Get(3, "rel") is { } rel) foreach (var w in PyFormat.Str(rel).Split(' ', StringSplitOptions.RemoveEmptyEntries)) relWords.Add(w);
        if (nofollow) relWords.Add("nofollow");
        relWords.Add("noopener");
        var schemes = a.Get(4, "extra_schemes") is { } extra ? PyIteration.Iterate(extra).Select(PyFormat.Str).ToList() : [];
        string relAttribute = $" rel=\"{Markup.EscapeText(string.Join(" ", relWords))}\"";
        string targetAttribute = PyTruth.IsTrue(target) ? $" target=\"{Markup.EscapeText(PyFormat.Str(target))}\"" : "";
        string Trim(string url) => limit is int l && url.Length > l ? url[..l] + "..." : url;

        var words = Regex.Split(Markup.Escape(value).Html, @"(\s+)");
        for (int i = 0; i < words.Length; i++)
        {
            string head = "", middle = words[i], tail = "";
            var lead = Lead().Match(middle);
            if (lead.Success) { head = lead.Value; middle = middle[lead.Length..]; }
            var trail = Trail().Match(middle);
            if (trail.Success) { tail = trail.Value; middle = middle[..trail.Index]; }
            foreach (var (open, close) in new[] { ("(", ")"), ("<", ">"), ("&lt;", "&gt;") })
            {
                int opens = PyMethods.Count(middle, open);
                if (opens <= PyMethods.Count(middle, close)) continue;
                for (int n = Math.Min(opens, PyMethods.Count(tail, close)); n > 0; n--)
                {
                    int endIndex = tail.IndexOf(close, StringComparison.Ordinal) + close.Length;
                    middle += tail[..endIndex];
                    tail = tail[endIndex..];
                }
            }
            if (Http().IsMatch(middle))
            {
                string href = middle.StartsWith("https://") || middle.StartsWith("http://") ? middle : "https://" + middle;
                middle = $"<a href=\"{href}\"{relAttribute}{targetAttribute}>{Trim(middle)}</a>";
            }
            else if (middle.StartsWith("mailto:") && Email().IsMatch(middle[7..]))
                middle = $"<a href=\"{middle}\">{middle[7..]}</a>";
            else if (middle.Contains('@') && !middle.StartsWith("www.") && !middle.Contains(':') && Email().IsMatch(middle))
                middle = $"<a href=\"mailto:{middle}\">{middle}</a>";
            else if (schemes.FirstOrDefault(scheme => middle != scheme && middle.StartsWith(scheme, StringComparison.Ordinal)) is not null)
                middle = $"<a href=\"{middle}\"{relAttribute}{targetAttribute}>{middle}</a>";
            words[i] = head + middle + tail;
        }
        string result = string.Concat(words);
        return context.Autoescape ? new Markup(result) : result;
    }

    [GeneratedRegex(@"^([(<]|&lt;)+")]
    private static partial Regex Lead();

    [GeneratedRegex(@"([)>.,\n]|&gt;)+$")]
    private static partial Regex Trail();

    [GeneratedRegex(@"^((https?://|www\.)(([\w%-]+\.)+)?([a-z]{2,63}|xn--[\w%]{2,59})|([\w%-]{2,63}\.)+(com|net|int|edu|gov|org|info|mil)|(https?://)((([\d]{1,3})(\.[\d]{1,3}){3})|(\[([\da-f]{0,4}:){2}([\da-f]{0,4}:?){1,6}])))(?::[\d]{1,5})?(?:[/?#]\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Http();

    [GeneratedRegex(@"^\S+@\w[\w.-]*\.\w+$")]
    private static partial Regex Email();

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[\s/>=]")]
    private static partial Regex InvalidAttribute();

}
