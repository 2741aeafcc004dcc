using System.Collections;
using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Filters;

/// <summary>Filters over sequences and mappings: picking, sorting, grouping, mapping, selecting, aggregating.</summary>
internal static class SequenceFilters
{
    public static void Register(IDictionary<string, Delegate> filters)
    {
        filters["first"] = (FilterFunction)First;
        filters["last"] = (FilterFunction)Last;
        filters["length"] = filters["count"] = (FilterFunction)((_, v, _) => (long)PyIteration.Length(v));
        filters["list"] = (FilterFunction)((_, v, _) => PyIteration.ToList(v));
        filters["join"] = (FilterFunction)Join;
        filters["sort"] = (FilterFunction)Sort;
        filters["dictsort"] = (FilterFunction)DictSort;
        filters["reverse"] = (FilterFunction)Reverse;
        filters["unique"] = (FilterFunction)Unique;
        filters["min"] = (FilterFunction)((c, v, a) => Extreme(c, v, a, -1));
        filters["max"] = (FilterFunction)((c, v, a) => Extreme(c, v, a, 1));
        filters["sum"] = (FilterFunction)Sum;
        filters["batch"] = (FilterFunction)Batch;
        filters["slice"] = (FilterFunction)SliceFilter;
        filters["groupby"] = (FilterFunction)GroupBy;
        filters["map"] = (FilterFunction)Map;
        filters["select"] = (FilterFunction)((c, v, a) => Select(c, v, a, expected: true, byAttribute: false));
        filters["reject"] = (FilterFunction)((c, v, a) => Select(c, v, a, expected: false, byAttribute: false));
        filters["selectattr"] = (FilterFunction)((c, v, a) => Select(c, v, a, expected: true, byAttribute: true));
        filters["rejectattr"] = (FilterFunction)((c, v, a) => Select(c, v, a, expected: false, byAttribute: true));
        filters["items"] = (FilterFunction)Items;
        filters["random"] = (FilterFunction)Random;
        filters["attr"] = (FilterFunction)((c, v, a) => Attributes.GetAttributeOnly(c, v, PyFormat.Str(a.Required(0, "name", "attr"))));
        filters["default"] = filters["d"] = (FilterFunction)Default;
    }

    private static object? First(RenderContext context, object? value, Arguments a)
    {
        foreach (var item in PyIteration.Iterate(value)) return item;
        return new Undefined(context.Environment.Undefined, null, "No first item, sequence was empty.");
    }

    private static object? Last(RenderContext context, object? value, Arguments a)
    {
        var items = PyIteration.AsReadOnlyList(value);
        return items.Count > 0 ? items[^1] : new Undefined(context.Environment.Undefined, null, "No last item, sequence was empty.");
    }

    private static object? Join(RenderContext context, object? value, Arguments a)
    {
        var separator = a.Get(0, "d", "");
        var items = PyIteration.Iterate(value);
        if (a.Get(1, "attribute") is { } attribute) items = items.Select(AttributeGetter.Create(context, attribute)).ToList();
        if (!context.Autoescape || separator is Markup)
        {
            if (separator is Markup m) return new Markup(string.Join(m.Html, items.Select(i => Markup.Escape(i).Html)));
            return string.Join(PyFormat.Str(separator), items.Select(PyFormat.Str));
        }
        var list = items.ToList();
        if (list.Any(i => i is Markup))
            return new Markup(string.Join(Markup.EscapeText(PyFormat.Str(separator)), list.Select(i => Markup.Escape(i).Html)));
        return string.Join(PyFormat.Str(separator), list.Select(PyFormat.Str));
    }

    private static object? Sort(RenderContext context, object? value, Arguments a)
    {
        bool reverse = PyTruth.IsTrue(a.Get(0, "reverse", false));
        bool caseSensitive = PyTruth.IsTrue(a.Get(1, "case_sensitive", false));
        var key = AttributeGetter.CreateMany(context, a.Get(2, "attribute"), !caseSensitive);
        return SortBy(PyIteration.ToList(value), key, reverse);
    }

    /// <summary>A stable sort by key, as Python's <c>sorted</c> (reverse keeps equal items in order too).</summary>
    private static List<object?> SortBy(List<object?> items, Func<object?, object?> key, bool reverse)
    {
        var keyed = items.Select(item => (Key: key(item), Item: item));
        return PySort.Sorted(keyed, (x, y) => reverse ? PyComparison.Compare(y.Key, x.Key) : PyComparison.Compare(x.Key, y.Key))
            .Select(k => k.Item).ToList();
    }

    private static object? DictSort(RenderContext context, object? value, Arguments a)
    {
        bool caseSensitive = PyTruth.IsTrue(a.Get(0, "case_sensitive", false));
        string by = PyFormat.Str(a.Get(1, "by", "key"));
        bool reverse = PyTruth.IsTrue(a.Get(2, "reverse", false));
        int position = by switch
        {
            "key" => 0,
            "value" => 1,
            _ => throw new TemplateRuntimeException("You can only sort by either \"key\" or \"value\""),
        };
        var dict = GenericMapping.AsMapping(value) ?? throw new TemplateRuntimeException("dictsort expects a mapping");
        return SortBy(PyMapping.Items(dict), item =>
        {
            var part = ((PyTuple)item!)[position];
            return caseSensitive ? part : AttributeGetter.IgnoreCase(part);
        }, reverse);
    }

    private static object? Reverse(RenderContext context, object? value, Arguments a) => value switch
    {
        string s => new string(s.Reverse().ToArray()),
        Markup m => new Markup(new string(m.Html.Reverse().ToArray())),
        _ => Enumerable.Reverse(PyIteration.ToList(value)).ToList(),
    };

    private static object? Unique(RenderContext context, object? value, Arguments a)
    {
        bool caseSensitive = PyTruth.IsTrue(a.Get(0, "case_sensitive", false));
        var key = AttributeGetter.Create(context, a.Get(1, "attribute"), !caseSensitive);
        var seen = new HashSet<object?>(PyEquality.Instance);
        return new PyGenerator("do_unique", PyIteration.Iterate(value).Where(item => seen.Add(key(item))));
    }

    private static object? Extreme(RenderContext context, object? value, Arguments a, int sign)
    {
        bool caseSensitive = PyTruth.IsTrue(a.Get(0, "case_sensitive", false));
        var key = AttributeGetter.Create(context, a.Get(1, "attribute"), !caseSensitive);
        object? best = null, bestKey = null;
        bool any = false;
        foreach (var item in PyIteration.Iterate(value))
        {
            var k = key(item);
            if (!any || PyComparison.Compare(k, bestKey) * sign > 0) { best = item; bestKey = k; }
            any = true;
        }
        return any ? best : new Undefined(context.Environment.Undefined, null, "No aggregated item, sequence was empty.");
    }

    private static object? Sum(RenderContext context, object? value, Arguments a)
    {
        var items = PyIteration.Iterate(value);
        if (a.Get(0, "attribute") is { } attribute) items = items.Select(AttributeGetter.Create(context, attribute));
        object? total = a.Get(1, "start", 0L);
        foreach (var item in items) total = PyArithmetic.Add(total, item);
        return total;
    }

    private static object? Batch(RenderContext context, object? value, Arguments a)
    {
        int size = PyMethods.ToInt(a.Required(0, "linecount", "batch"));
        bool fill = a.TryGet(1, "fill_with", out var filler) && filler is not null;
        var batches = new List<object?>();
        var current = new List<object?>();
        foreach (var item in PyIteration.Iterate(value))
        {
            if (current.Count == size) { batches.Add(current); current = []; }
            current.Add(item);
        }
        if (current.Count > 0)
        {
            if (fill) while (current.Count < size) current.Add(filler);
            batches.Add(current);
        }
        return batches;
    }

    private static object? SliceFilter(RenderContext context, object? value, Arguments a)
    {
        var seq = PyIteration.ToList(value);
        int slices = PyMethods.ToInt(a.Required(0, "slices", "slice"));
        bool fill = a.TryGet(1, "fill_with", out var filler) && filler is not null;
        int perSlice = seq.Count / slices, withExtra = seq.Count % slices, offset = 0;
        var result = new List<object?>();
        for (int n = 0; n < slices; n++)
        {
            int start = offset + n * perSlice;
            if (n < withExtra) offset++;
            int end = offset + (n + 1) * perSlice;
            var part = seq.GetRange(start, end - start);
            if (fill && n >= withExtra) part.Add(filler);
            result.Add(part);
        }
        return result;
    }

    private static object? GroupBy(RenderContext context, object? value, Arguments a)
    {
        var attribute = a.Required(0, "attribute", "groupby");
        bool hasDefault = a.TryGet(1, "default", out var fallback);
        bool caseSensitive = PyTruth.IsTrue(a.Get(2, "case_sensitive", false));
        var key = AttributeGetter.Create(context, attribute, !caseSensitive, fallback, hasDefault);
        var display = AttributeGetter.Create(context, attribute, false, fallback, hasDefault);
        var sorted = SortBy(PyIteration.ToList(value), key, reverse: false);
        var groups = new List<object?>();
        List<object?>? current = null;
        object? currentKey = null;
        foreach (var item in sorted)
        {
            var k = key(item);
            if (current is null || !PyEquality.Equal(k, currentKey))
            {
                current = [];
                currentKey = k;
                groups.Add(new PyTuple([display(item), current], ["grouper", "list"]));
            }
            current.Add(item);
        }
        return groups;
    }

    private static object? Map(RenderContext context, object? value, Arguments a)
    {
        var items = PyIteration.Iterate(value);
        if (a.Positional.Count == 0 && a.Keywords?.ContainsKey("attribute") == true)
        {
            bool hasDefault = a.Keywords.TryGetValue("default", out var fallback);
            var getter = AttributeGetter.Create(context, a.Keywords["attribute"], false, fallback, hasDefault);
            return new PyGenerator("do_map", items.Select(getter));
        }
        if (a.Positional.Count == 0) throw new TemplateRuntimeException("map requires a filter argument");
        string name = PyFormat.Str(a.Positional[0]);
        var filter = context.Environment.ResolveFilter(name) ?? throw new TemplateRuntimeException($"No filter named '{name}'.");
        var rest = new Arguments([.. a.Positional.Skip(1)], a.Keywords);
        return new PyGenerator("do_map", items.Select(item => filter(context, item, rest)));
    }

    private static object? Select(RenderContext context, object? value, Arguments a, bool expected, bool byAttribute)
    {
        int next = 0;
        Func<object?, object?> subject = item => item;
        if (byAttribute) subject = AttributeGetter.Create(context, a.Required(next++, "attribute", "selectattr"));
        Func<object?, bool> predicate;
        if (a.Positional.Count > next)
        {
            string name = PyFormat.Str(a.Positional[next]);
            var test = context.Environment.ResolveTest(name) ?? throw new TemplateRuntimeException($"No test named '{name}'.");
            var rest = new Arguments([.. a.Positional.Skip(next + 1)], a.Keywords);
            predicate = item => test(context, item, rest);
        }
        else predicate = PyTruth.IsTrue;
        return new PyGenerator("select_or_reject", PyIteration.Iterate(value).Where(item => predicate(subject(item)) == expected));
    }

    private static object? Items(RenderContext context, object? value, Arguments a) => value switch
    {
        Undefined u => u.Behavior == UndefinedBehavior.Strict ? throw u.Fail() : new List<object?>(),
        _ => GenericMapping.AsMapping(value) is { } d ? PyMapping.Items(d) : throw new TemplateRuntimeException("Can only get item pairs from a mapping."),
    };

    private static object? Random(RenderContext context, object? value, Arguments a)
    {
        if (value is not (string or Markup or ICollection or Undefined))
            throw new TemplateRuntimeException($"object of type '{PyFormat.TypeName(value)}' has no len()");
        var items = PyIteration.AsReadOnlyList(value);
        if (items.Count == 0) return new Undefined(context.Environment.Undefined, null, "No random item, sequence was empty.");
        return items[System.Random.Shared.Next(items.Count)];
    }

    private static object? Default(RenderContext context, object? value, Arguments a)
    {
        var fallback = a.Get(0, "default_value", "");
        bool boolean = PyTruth.IsTrue(a.Get(1, "boolean", false));
        if (value is Undefined || (boolean && !PyTruth.IsTrue(value))) return fallback;
        return value;
    }
}
