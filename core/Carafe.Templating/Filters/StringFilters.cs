using System.Text;
using System.Text.RegularExpressions;
using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Filters;

/// <summary>Filters that work on text: case, trimming, padding, replacing, truncating, wrapping, formatting.</summary>
internal static partial class StringFilters
{
    public static void Register(IDictionary<string, Delegate> filters)
    {
        filters["upper"] = (FilterFunction)((_, v, _) => Keep(v, PyMethods.Upper(Str(v))));
        filters["lower"] = (FilterFunction)((_, v, _) => Keep(v, Str(v).ToLowerInvariant()));
        filters["capitalize"] = (FilterFunction)((_, v, _) => Keep(v, Capitalize(Str(v))));
        filters["title"] = (FilterFunction)((_, v, _) => Keep(v, Title(Str(v))));
        filters["trim"] = (FilterFunction)((_, v, a) => Keep(v, PyMethods.Strip(Str(v), a.Get(0, "chars"), true, true)));
        filters["center"] = (FilterFunction)((_, v, a) => Keep(v, PyMethods.Center(Str(v), PyMethods.ToInt(a.Get(0, "width", 80L)))));
        filters["replace"] = (FilterFunction)Replace;
        filters["truncate"] = (FilterFunction)Truncate;
        filters["wordcount"] = (FilterFunction)((_, v, _) => (long)WordPattern().Count(Str(v)));
        filters["wordwrap"] = (FilterFunction)WordWrap;
        filters["indent"] = (FilterFunction)Indent;
        filters["format"] = (FilterFunction)Format;
        filters["string"] = (FilterFunction)((_, v, _) => v is Markup ? v : PyFormat.Str(v));
        filters["filesizeformat"] = (FilterFunction)FileSizeFormat;
    }

    private static string Str(object? value) => PyFormat.Str(value);

    /// <summary>Keeps markup as markup: filtering safe text gives safe text, as MarkupSafe's methods do.</summary>
    private static object Keep(object? original, string result) => original is Markup ? new Markup(result) : result;

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

    /// <summary>Jinja's <c>title</c>: each piece after whitespace, <c>-</c>, or an opening bracket starts upper-case.</summary>
    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var piece in WordBeginning().Split(s))
        {
            if (piece.Length == 0) continue;
            sb.Append(char.ToUpperInvariant(piece[0])).Append(piece[1..].ToLowerInvariant());
        }
        return sb.ToString();
    }

    private static object? Replace(RenderContext context, object? value, Arguments a)
    {
        a.RequirePositional("do_replace", "old", "new");
        var old = a.Required(0, "old", "replace");
        var replacement = a.Required(1, "new", "replace");
        int count = a.Get(2, "count") is { } c ? PyMethods.ToInt(c) : -1;
        if (!context.Autoescape) return PyMethods.Replace(Str(value), Str(old), Str(replacement), count);
        bool markup = value is Markup || old is Markup || replacement is Markup;
        if (!markup) return PyMethods.Replace(Str(value), Str(old), Str(replacement), count);
        return new Markup(PyMethods.Replace(Markup.Escape(value).Html, Markup.Escape(old).Html, Markup.Escape(replacement).Html, count));
    }

    private static object? Truncate(RenderContext context, object? value, Arguments a)
    {
        string s = Str(value);
        int length = PyMethods.ToInt(a.Get(0, "length", 255L));
        bool killWords = PyTruth.IsTrue(a.Get(1, "killwords", false));
        string end = Str(a.Get(2, "end", "..."));
        int leeway = a.Get(3, "leeway") is { } l ? PyMethods.ToInt(l) : 5;
        if (length < end.Length) throw new TemplateRuntimeException($"expected length >= {end.Length}, got {length}");
        if (leeway < 0) throw new TemplateRuntimeException($"expected leeway >= 0, got {leeway}");
        if (s.Length <= length + leeway) return value is Markup ? value : s;
        if (killWords) return Keep(value, s[..(length - end.Length)] + end);
        string head = s[..(length - end.Length)];
        int space = head.LastIndexOf(' ');
        return Keep(value, (space >= 0 ? head[..space] : head) + end);
    }

    private static object? WordWrap(RenderContext context, object? value, Arguments a)
    {
        int width = PyMethods.ToInt(a.Get(0, "width", 79L));
        bool breakLong = PyTruth.IsTrue(a.Get(1, "break_long_words", true));
        string wrap = a.Get(2, "wrapstring") is { } w ? Str(w) : context.Environment.NewlineSequence;
        bool breakOnHyphens = PyTruth.IsTrue(a.Get(3, "break_on_hyphens", true));
        var lines = PyMethods.SplitLines(Str(value), keepEnds: false).Cast<string>();
        return string.Join(wrap, lines.Select(line => string.Join(wrap, Wrap(line, width, breakLong, breakOnHyphens))));
    }

    /// <summary>Python's <c>textwrap.wrap</c> (whitespace kept as written, surplus whitespace dropped at line ends).</summary>
    private static List<string> Wrap(string line, int width, bool breakLong, bool breakOnHyphens)
    {
        var chunks = new Stack<string>(Regex.Split(line, @"(\s+)").Where(c => c.Length > 0)
            .SelectMany(c => breakOnHyphens ? HyphenBreak().Split(c) : [c]).Where(c => c.Length > 0).Reverse());
        var lines = new List<string>();
        while (chunks.Count > 0)
        {
            var current = new List<string>();
            int length = 0;
            if (string.IsNullOrWhiteSpace(chunks.Peek()) && lines.Count > 0) chunks.Pop();
            while (chunks.Count > 0 && length + chunks.Peek().Length <= width) length += Take(chunks.Pop());
            if (chunks.Count > 0 && chunks.Peek().Length > width)
            {
                int spaceLeft = width < 1 ? 1 : width - length;
                if (breakLong)
                {
                    string chunk = chunks.Pop();
                    int end = spaceLeft;
                    if (breakOnHyphens && chunk.Length > spaceLeft)
                    {
                        int hyphen = chunk.LastIndexOf('-', Math.Max(0, spaceLeft - 1));
                        if (hyphen > 0 && chunk[..hyphen].Any(c => c != '-')) end = hyphen + 1;
                    }
                    length += Take(chunk[..end]);
                    chunks.Push(chunk[end..]);
                }
                else if (current.Count == 0) length += Take(chunks.Pop());
            }
            if (current.Count > 0 && string.IsNullOrWhiteSpace(current[^1])) current.RemoveAt(current.Count - 1);
            if (current.Count > 0) lines.Add(string.Concat(current));

            int Take(string chunk)
            {
                current.Add(chunk);
                return chunk.Length;
            }
        }
        return lines;
    }

    private static object? Indent(RenderContext context, object? value, Arguments a)
    {
        var width = a.Get(0, "width", 4L);
        string indention = width is string s ? s : new string(' ', PyMethods.ToInt(width));
        bool first = PyTruth.IsTrue(a.Get(1, "first", false));
        bool blank = PyTruth.IsTrue(a.Get(2, "blank", false));
        var lines = PyMethods.SplitLines(Str(value) + "\n", keepEnds: false).Cast<string>().ToList();
        string result;
        if (blank) result = string.Join("\n" + indention, lines);
        else
        {
            result = lines[0];
            if (lines.Count > 1) result += "\n" + string.Join("\n", lines.Skip(1).Select(l => l.Length > 0 ? indention + l : l));
        }
        if (first) result = indention + result;
        return value is Markup ? new Markup(result) : result;
    }

    private static object? Format(RenderContext context, object? value, Arguments a)
    {
        if (a.Positional.Count > 0 && a.Keywords is { Count: > 0 })
            throw new TemplateRuntimeException("can't handle positional and keyword arguments at the same time");
        object? args;
        if (a.Keywords is { Count: > 0 })
        {
            var dict = new PyDict();
            foreach (var (k, v) in a.Keywords) dict.Set(k, v);
            args = dict;
        }
        else args = new PyTuple([.. a.Positional]);
        return PercentFormat.Format(value is Markup ? value : Str(value), args);
    }

    private static object? FileSizeFormat(RenderContext context, object? value, Arguments a)
    {
        double bytes = PyNumber.TryGetFloat(value, out double d) ? d : double.Parse(Str(value), System.Globalization.CultureInfo.InvariantCulture);
        bool binary = PyTruth.IsTrue(a.Get(0, "binary", false));
        double @base = binary ? 1024 : 1000;
        string[] prefixes = binary ? ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"] : ["kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
        if (bytes == 1) return "1 Byte";
        if (bytes < @base) return $"{(long)bytes} Bytes";
        var unit = System.Numerics.BigInteger.One;
        string prefix = "";
        for (int i = 0; i < prefixes.Length; i++)
        {
            unit = System.Numerics.BigInteger.Pow((int)@base, i + 2);
            prefix = prefixes[i];
            if (LessThan(bytes, unit)) break;
        }
        return (@base * bytes / (double)unit).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " " + prefix;
    }

    /// <summary>Python's exact comparison of a float with an int (no rounding of the int to a float).</summary>
    private static bool LessThan(double value, System.Numerics.BigInteger integer) =>
        !double.IsFinite(value) ? value < 0 : new System.Numerics.BigInteger(Math.Floor(value)) < integer;

    [GeneratedRegex(@"(?<=[^\W\d_]{2}-)(?=[^\W\d_]-?[^\W\d_])")]
    private static partial Regex HyphenBreak();

    [GeneratedRegex(@"([-\s({\[<]+)")]
    private static partial Regex WordBeginning();

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();
}
