using System.Collections;
using System.Text;
using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Globals;

/// <summary>Jinja's default globals: <c>range</c>, <c>dict</c>, <c>lipsum</c>, <c>cycler</c>, <c>joiner</c>, <c>namespace</c>.</summary>
internal static class BuiltinGlobals
{
    /// <summary>The sandbox refuses ranges longer than this, as Jinja's <c>MAX_RANGE</c>.</summary>
    public const int MaxSandboxRange = 100_000;

    public static void Register(IDictionary<string, object?> globals)
    {
        globals["range"] = new NativeFunction("range", Range);
        globals["dict"] = new NativeFunction("dict", Dict);
        globals["lipsum"] = new NativeFunction("lipsum", Lipsum);
        globals["cycler"] = new NativeFunction("cycler", (_, a) => a.Positional.Count > 0 ? new Cycler(a.Positional.ToList())
            : throw new TemplateRuntimeException("at least one item has to be provided"));
        globals["joiner"] = new NativeFunction("joiner", (_, a) => new Joiner(a.Get(0, "sep", ", ")));
        globals["namespace"] = new NativeFunction("namespace", (_, a) =>
        {
            var ns = new Namespace();
            foreach (var p in a.Positional)
                if (p is IDictionary d) foreach (DictionaryEntry e in d) ns.Set(PyFormat.Str(e.Key), e.Value);
            if (a.Keywords is not null) foreach (var (k, v) in a.Keywords) ns.Set(k, v);
            return ns;
        });
    }

    private static object? Range(RenderContext context, Arguments a)
    {
        var p = a.Positional;
        long start = 0, stop, step = 1;
        if (p.Count == 0 || p.Count > 3) throw new TemplateRuntimeException($"range expected at most 3 arguments, got {p.Count}");
        if (p.Count == 1) stop = Integer(p[0]);
        else
        {
            start = Integer(p[0]);
            stop = Integer(p[1]);
            if (p.Count == 3) step = Integer(p[2]);
        }
        var range = new PyRange(start, stop, step);
        if (context.Environment.Sandbox is not null && range.Count > MaxSandboxRange)
            throw new SecurityException($"Range too big. The sandbox blocks ranges larger than MAX_RANGE ({MaxSandboxRange}).");
        return range;
    }

    private static long Integer(object? value) => PyNumber.TryGetInteger(value, out long l) ? l
        : throw new TemplateRuntimeException($"'{PyFormat.TypeName(value)}' object cannot be interpreted as an integer");

    private static object? Dict(RenderContext context, Arguments a)
    {
        var dict = new PyDict();
        if (a.Positional.Count > 0)
        {
            if (a.Positional[0] is IDictionary source) foreach (DictionaryEntry e in source) dict.Set(e.Key, e.Value);
            else foreach (var pair in PyIteration.Iterate(a.Positional[0])) { var kv = PyIteration.AsReadOnlyList(pair); dict.Set(kv[0], kv[1]); }
        }
        if (a.Keywords is not null) foreach (var (k, v) in a.Keywords) dict.Set(k, v);
        return dict;
    }

    private static readonly string[] LoremWords =
        ("a ac accumsan ad adipiscing aenean aliquam aliquet amet ante aptent arcu at auctor augue bibendum blandit class commodo " +
         "condimentum congue consectetuer consequat conubia convallis cras cubilia cum curabitur curae cursus dapibus diam dictum " +
         "dictumst dignissim dis dolor donec dui duis egestas eget eleifend elementum elit enim erat eros est et etiam eu euismod " +
         "facilisi facilisis fames faucibus felis fermentum feugiat fringilla fusce gravida habitant habitasse hac hendrerit " +
         "hymenaeos iaculis id imperdiet in inceptos integer interdum ipsum justo lacinia lacus laoreet lectus leo libero ligula " +
         "litora lobortis lorem luctus maecenas magna magnis malesuada massa mattis mauris metus mi molestie mollis montes morbi " +
         "mus nam nascetur natoque nec neque netus nibh nisi nisl non nonummy nostra nulla nullam nunc odio orci ornare parturient " +
         "pede pellentesque penatibus per pharetra phasellus placerat platea porta porttitor posuere potenti praesent pretium " +
         "primis proin pulvinar purus quam quis quisque rhoncus ridiculus risus rutrum sagittis sapien scelerisque sed sem semper " +
         "senectus sit sociis sociosqu sodales sollicitudin suscipit suspendisse taciti tellus tempor tempus tincidunt torquent " +
         "tortor tristique turpis ullamcorper ultrices ultricies urna ut varius vehicula vel velit venenatis vestibulum vitae " +
         "vivamus viverra volutpat vulputate").Split(' ');

    /// <summary>Random lorem ipsum paragraphs, built the way Jinja's <c>generate_lorem_ipsum</c> builds them.</summary>
    private static object? Lipsum(RenderContext context, Arguments a)
    {
        int n = PyMethods.ToInt(a.Get(0, "n", 5L));
        bool html = PyTruth.IsTrue(a.Get(1, "html", true));
        int min = PyMethods.ToInt(a.Get(2, "min", 20L)), max = PyMethods.ToInt(a.Get(3, "max", 100L));
        var random = System.Random.Shared;
        var paragraphs = new List<string>();
        for (int p = 0; p < n; p++)
        {
            var sb = new StringBuilder();
            bool nextCapitalized = true;
            int lastComma = 0, lastFullstop = 0, count = random.Next(min, max + 1);
            string last = "";
            for (int i = 0; i < count; i++)
            {
                string word;
                do word = LoremWords[random.Next(LoremWords.Length)]; while (word == last);
                last = word;
                if (nextCapitalized) { word = char.ToUpperInvariant(word[0]) + word[1..]; nextCapitalized = false; }
                if (i - random.Next(3, 9) > lastComma) { lastComma = i; lastFullstop += 2; word += ","; }
                if (i - random.Next(10, 21) > lastFullstop) { lastComma = lastFullstop = i; word += "."; nextCapitalized = true; }
                if (sb.Length > 0) sb.Append(' ');
                sb.Append(word);
            }
            string text = sb.ToString();
            if (text.EndsWith(',')) text = text[..^1] + ".";
            else if (!text.EndsWith('.')) text += ".";
            paragraphs.Add(text);
        }
        if (!html) return string.Join("\n\n", paragraphs);
        return new Markup(string.Join("\n", paragraphs.Select(p => "<p>" + Markup.EscapeText(p) + "</p>")));
    }
}
