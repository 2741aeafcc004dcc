using System.Collections;
using System.Text;
using Carafe.Templating.Runtime;

namespace Carafe.Templating.Values;

/// <summary>The methods of Python's str, list, dict and tuple that templates call (<c>name.upper()</c>, <c>d.items()</c>).</summary>
internal static class PyMethods
{
    public static bool TryBind(object target, string name, out object? method)
    {
        Func<Arguments, object?>? body = target switch
        {
            string s => StringMethod(s, name),
            double d when name == "is_integer" => _ => double.IsFinite(d) && d == Math.Floor(d),
            Markup m => StringMethod(m.Html, name) is { } f ? args => f(args) is var r && r is string text ? new Markup(text) : r : null,
            IDictionary d => DictMethod(d, name),
            PyTuple t => TupleMethod(t, name),
            IList l => ListMethod(l, name),
            _ => null,
        };
        method = body is null ? null : new NativeFunction(name, (_, args) => body(args));
        return body is not null;
    }

    private static string Text(object? value) => value is Markup m ? m.Html : value as string
        ?? throw new TemplateRuntimeException($"must be str, not {PyFormat.TypeName(value)}");

    private static Func<Arguments, object?>? StringMethod(string s, string name) => name switch
    {
        "upper" => _ => Upper(s),
        "lower" or "casefold" => _ => s.ToLowerInvariant(),
        "title" => _ => Title(s),
        "capitalize" => _ => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant(),
        "swapcase" => _ => string.Concat(s.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))),
        "strip" => a => Strip(s, a.Get(0, "chars"), true, true),
        "lstrip" => a => Strip(s, a.Get(0, "chars"), true, false),
        "rstrip" => a => Strip(s, a.Get(0, "chars"), false, true),
        "split" => a => Split(s, a.Get(0, "sep"), ToInt(a.Get(1, "maxsplit", -1L))),
        "rsplit" => a => RightSplit(s, a.Get(0, "sep"), ToInt(a.Get(1, "maxsplit", -1L))),
        "splitlines" => a => SplitLines(s, PyTruth.IsTrue(a.Get(0, "keepends", false))),
        "startswith" => a => Affix(a.Required(0, "prefix", "startswith")).Any(p => s.StartsWith(p, StringComparison.Ordinal)),
        "endswith" => a => Affix(a.Required(0, "suffix", "endswith")).Any(p => s.EndsWith(p, StringComparison.Ordinal)),
        "replace" => a => Replace(s, Text(a.Required(0, "old", "replace")), Text(a.Required(1, "new", "replace")), ToInt(a.Get(2, "count", -1L))),
        "find" => a => (long)s.IndexOf(Text(a.Required(0, "sub", "find")), StringComparison.Ordinal),
        "rfind" => a => (long)s.LastIndexOf(Text(a.Required(0, "sub", "rfind")), StringComparison.Ordinal),
        "index" => a => s.IndexOf(Text(a.Required(0, "sub", "index")), StringComparison.Ordinal) is var i and >= 0 ? (long)i
            : throw new TemplateRuntimeException("substring not found"),
        "count" => a => (long)Count(s, Text(a.Required(0, "sub", "count"))),
        "join" => a => string.Join(s, PyIteration.Iterate(a.Required(0, "iterable", "join")).Select((item, i) => item as string ?? (item as Markup)?.Html
            ?? throw new TemplateRuntimeException($"sequence item {i}: expected str instance, {PyFormat.TypeName(item)} found"))),
        "format" => a => StringFormat.Format(s, a.Positional, a.Keywords),
        "isdigit" or "isnumeric" or "isdecimal" => _ => s.Length > 0 && s.All(char.IsDigit),
        "isalpha" => _ => s.Length > 0 && s.All(char.IsLetter),
        "isalnum" => _ => s.Length > 0 && s.All(char.IsLetterOrDigit),
        "isspace" => _ => s.Length > 0 && s.All(char.IsWhiteSpace),
        "islower" => _ => s.Any(char.IsLetter) && !s.Any(char.IsUpper),
        "isupper" => _ => s.Any(char.IsLetter) && !s.Any(char.IsLower),
        "istitle" => _ => s.Any(char.IsLetter) && Title(s) == s,
        "center" => a => Center(s, ToInt(a.Required(0, "width", "center")), Fill(a)),
        "ljust" => a => s.PadRight(ToInt(a.Required(0, "width", "ljust")), Fill(a)),
        "rjust" => a => s.PadLeft(ToInt(a.Required(0, "width", "rjust")), Fill(a)),
        "zfill" => a => ZeroFill(s, ToInt(a.Required(0, "width", "zfill"))),
        "partition" => a => Partition(s, Text(a.Required(0, "sep", "partition")), fromRight: false),
        "rpartition" => a => Partition(s, Text(a.Required(0, "sep", "rpartition")), fromRight: true),
        "removeprefix" => a => Text(a.Required(0, "prefix", "removeprefix")) is var p && s.StartsWith(p, StringComparison.Ordinal) ? s[p.Length..] : s,
        "removesuffix" => a => Text(a.Required(0, "suffix", "removesuffix")) is var x && x.Length > 0 && s.EndsWith(x, StringComparison.Ordinal) ? s[..^x.Length] : s,
        _ => null,
    };

    private static Func<Arguments, object?>? ListMethod(IList list, string name) => name switch
    {
        "append" => a => { list.Add(a.Required(0, "object", "append")); return null; },
        "extend" => a => { foreach (var x in PyIteration.ToList(a.Required(0, "iterable", "extend"))) list.Add(x); return null; },
        "insert" => a => { list.Insert(Math.Clamp(ToInt(a.Required(0, "index", "insert")), 0, list.Count), a.Required(1, "object", "insert")); return null; },
        "pop" => a =>
        {
            if (list.Count == 0) throw new TemplateRuntimeException("pop from empty list");
            int i = ToInt(a.Get(0, "index", -1L));
            if (i < 0) i += list.Count;
            var item = list[i];
            list.RemoveAt(i);
            return item;
        },
        "remove" => a => { list.RemoveAt(IndexOf(list, a.Required(0, "value", "remove"))); return null; },
        "index" => a => (long)IndexOf(list, a.Required(0, "value", "index")),
        "count" => a => (long)list.Cast<object?>().Count(x => PyEquality.Equal(x, a.Required(0, "value", "count"))),
        "reverse" => _ => { var items = list.Cast<object?>().Reverse().ToList(); for (int i = 0; i < items.Count; i++) list[i] = items[i]; return null; },
        "sort" => a =>
        {
            var items = PySort.Sorted(list.Cast<object?>(), (x, y) => PyComparison.Compare(x, y));
            if (PyTruth.IsTrue(a.Get(99, "reverse", false))) items.Reverse();
            for (int i = 0; i < items.Count; i++) list[i] = items[i];
            return null;
        },
        "copy" => _ => list.Cast<object?>().ToList(),
        "clear" => _ => { list.Clear(); return null; },
        _ => null,
    };

    private static Func<Arguments, object?>? TupleMethod(PyTuple tuple, string name) => name switch
    {
        "index" => a => (long)IndexOf(tuple, a.Required(0, "value", "index")),
        "count" => a => (long)tuple.Count(x => PyEquality.Equal(x, a.Required(0, "value", "count"))),
        _ => null,
    };

    private static Func<Arguments, object?>? DictMethod(IDictionary dict, string name) => name switch
    {
        "items" => _ => PyMapping.Items(dict),
        "keys" => _ => PyMapping.Keys(dict),
        "values" => _ => PyMapping.Values(dict),
        "get" => a => PyMapping.TryGet(dict, a.Required(0, "key", "get"), out var v) ? v : a.Get(1, "default"),
        "pop" => a =>
        {
            var key = a.Required(0, "key", "pop");
            if (PyMapping.TryGet(dict, key, out var v)) { PyMapping.Remove(dict, key); return v; }
            return a.TryGet(1, "default", out var fallback) ? fallback : throw new TemplateRuntimeException($"KeyError: {PyFormat.Repr(key)}");
        },
        "setdefault" => a =>
        {
            var key = a.Required(0, "key", "setdefault");
            if (PyMapping.TryGet(dict, key, out var v)) return v;
            var fallback = a.Get(1, "default");
            PyMapping.Set(dict, key, fallback);
            return fallback;
        },
        "update" => a =>
        {
            if (a.Positional.Count > 0)
            {
                if (a.Positional[0] is IDictionary other) foreach (DictionaryEntry e in other) PyMapping.Set(dict, e.Key, e.Value);
                else foreach (var pair in PyIteration.Iterate(a.Positional[0])) { var kv = PyIteration.ToList(pair); PyMapping.Set(dict, kv[0], kv[1]); }
            }
            if (a.Keywords is not null) foreach (var (k, v) in a.Keywords) PyMapping.Set(dict, k, v);
            return null;
        },
        "copy" => _ => { var copy = new PyDict(); foreach (DictionaryEntry e in dict) copy.Set(e.Key, e.Value); return copy; },
        "clear" => _ => { dict.Clear(); return null; },
        _ => null,
    };

    private static int IndexOf(IList list, object? value)
    {
        for (int i = 0; i < list.Count; i++)
            if (PyEquality.Equal(list[i], value)) return i;
        throw new TemplateRuntimeException($"{PyFormat.Repr(value)} is not in list");
    }

    /// <summary>Python's <c>str.upper</c>, including the one common special case .NET leaves alone: ß becomes SS.</summary>
    public static string Upper(string s) => s.ToUpperInvariant().Replace("ß", "SS");

    public static int ToInt(object? value) => PyNumber.TryGetInteger(value, out long l) ? (int)Math.Clamp(l, int.MinValue, int.MaxValue)
        : PyNumber.TryGetFloat(value, out double d) ? (int)d
        : throw new TemplateRuntimeException($"'{PyFormat.TypeName(value)}' object cannot be interpreted as an integer");

    private static char Fill(Arguments a) => a.Get(1, "fillchar") is string f && f.Length == 1 ? f[0] : ' ';

    private static IEnumerable<string> Affix(object? value) => value is PyTuple t ? t.Select(Text) : [Text(value)];

    /// <summary>Python's <c>str.title()</c>: upper-case a letter after a non-letter, lower-case the rest.</summary>
    public static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool previousCased = false;
        foreach (char c in s)
        {
            sb.Append(previousCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
            previousCased = char.IsLetter(c);
        }
        return sb.ToString();
    }

    public static string Strip(string s, object? chars, bool left, bool right)
    {
        if (chars is null or Undefined) return left && right ? s.Trim() : left ? s.TrimStart() : s.TrimEnd();
        var set = Text(chars).ToCharArray();
        return left && right ? s.Trim(set) : left ? s.TrimStart(set) : s.TrimEnd(set);
    }

    public static List<object?> Split(string s, object? separator, int maxSplit)
    {
        var result = new List<object?>();
        if (separator is null)
        {
            int i = 0;
            while (true)
            {
                while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
                if (i >= s.Length) break;
                if (maxSplit >= 0 && result.Count == maxSplit) { result.Add(s[i..].TrimEnd()); break; }
                int start = i;
                while (i < s.Length && !char.IsWhiteSpace(s[i])) i++;
                result.Add(s[start..i]);
            }
            return result;
        }
        string sep = Text(separator);
        if (sep.Length == 0) throw new TemplateRuntimeException("empty separator");
        var parts = maxSplit >= 0 ? s.Split(sep, maxSplit + 1) : s.Split(sep);
        result.AddRange(parts);
        return result;
    }

    private static List<object?> RightSplit(string s, object? separator, int maxSplit)
    {
        if (maxSplit < 0) return Split(s, separator, maxSplit);
        var reversed = new string(s.Reverse().ToArray());
        object? sep = separator is null ? null : new string(Text(separator).Reverse().ToArray());
        var parts = Split(reversed, sep, maxSplit);
        parts.Reverse();
        return parts.Select(p => (object?)new string(((string)p!).Reverse().ToArray())).ToList();
    }

    /// <summary>Python's <c>str.splitlines</c>: any line boundary (<c>\n</c>, <c>\r\n</c>, <c>\r</c>, ...) ends a line.</summary>
    public static List<object?> SplitLines(string s, bool keepEnds)
    {
        var lines = new List<object?>();
        int start = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] is not ('\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')) continue;
            int end = i;
            if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
            lines.Add(keepEnds ? s[start..(i + 1)] : s[start..end]);
            start = i + 1;
        }
        if (start < s.Length) lines.Add(s[start..]);
        return lines;
    }

    public static string Replace(string s, string old, string replacement, int count)
    {
        if (count < 0) return old.Length == 0 ? string.Join(replacement, ["", .. s.Select(c => c.ToString()), ""]) : s.Replace(old, replacement, StringComparison.Ordinal);
        var sb = new StringBuilder();
        int pos = 0, done = 0;
        while (done < count)
        {
            int at = s.IndexOf(old, pos, StringComparison.Ordinal);
            if (at < 0 || old.Length == 0) break;
            sb.Append(s, pos, at - pos).Append(replacement);
            pos = at + old.Length;
            done++;
        }
        return sb.Append(s, pos, s.Length - pos).ToString();
    }

    public static int Count(string s, string sub)
    {
        if (sub.Length == 0) return s.Length + 1;
        int n = 0;
        for (int i = s.IndexOf(sub, StringComparison.Ordinal); i >= 0; i = s.IndexOf(sub, i + sub.Length, StringComparison.Ordinal)) n++;
        return n;
    }

    /// <summary>Python's <c>str.center</c>, which puts the odd extra space on the right only when the width is odd.</summary>
    public static string Center(string s, int width, char fill = ' ')
    {
        int total = width - s.Length;
        if (total <= 0) return s;
        int left = total / 2 + (total & width & 1);
        return new string(fill, left) + s + new string(fill, total - left);
    }

    private static string ZeroFill(string s, int width)
    {
        if (s.Length >= width) return s;
        int sign = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        return s[..sign] + new string('0', width - s.Length) + s[sign..];
    }

    private static PyTuple Partition(string s, string sep, bool fromRight)
    {
        int at = fromRight ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (at < 0) return fromRight ? new PyTuple(["", "", s]) : new PyTuple([s, "", ""]);
        return new PyTuple([s[..at], sep, s[(at + sep.Length)..]]);
    }
}
