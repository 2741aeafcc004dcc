using System.Text;

namespace Carafe.Templating.Tests;

/// <summary>Rendering to strings and writers, autoescaping choices, and rendering from many threads.</summary>
public class RenderingTests
{
    [Fact]
    public async Task Render_async_writes_to_a_text_writer()
    {
        var template = new Environment().FromString("{% for i in range(3) %}{{ i }},{% endfor %}");
        var writer = new StringWriter();
        await template.RenderAsync(writer);
        Assert.Equal("0,1,2,", writer.ToString());
    }

    [Fact]
    public async Task Render_async_streams_a_large_page()
    {
        var template = new Environment().FromString("{% for i in range(20000) %}<li>{{ i }}</li>{% endfor %}");
        using var stream = new MemoryStream();
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true))
            await template.RenderAsync(writer);
        Assert.Equal(template.Render(), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Autoescape_selector_chooses_by_template_name()
    {
        var environment = new Environment
        {
            Loader = new DictLoader(new Dictionary<string, string> { ["a.html"] = "{{ x }}", ["a.txt"] = "{{ x }}" }),
            AutoescapeSelector = name => name is not null && (name.EndsWith(".html") || name.EndsWith(".xml")),
        };
        Assert.Equal("&lt;b&gt;", environment.GetTemplate("a.html").Render(new { x = "<b>" }));
        Assert.Equal("<b>", environment.GetTemplate("a.txt").Render(new { x = "<b>" }));
    }

    [Fact]
    public void Markup_is_never_escaped_twice()
    {
        var environment = new Environment { Autoescape = true };
        var safe = Markup.Escape("<b>");
        Assert.Equal("&lt;b&gt; &lt;b&gt; &lt;b&gt;", environment.FromString("{{ x }} {{ x|e }} {{ x|e|e }}").Render(new { x = safe }));
        Assert.Equal("&amp;lt;b&amp;gt;", environment.FromString("{{ x|forceescape }}").Render(new { x = safe }));
    }

    [Fact]
    public void One_template_renders_on_many_threads()
    {
        var template = new Environment().FromString("{% set total = namespace(n=0) %}{% for i in items %}{% set total.n = total.n + i %}{% endfor %}{{ total.n }}");
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = template.Render(new { items = Enumerable.Range(0, i).ToList() }));
        for (int i = 0; i < results.Length; i++) Assert.Equal((i * (i - 1) / 2).ToString(), results[i]);
    }

    [Fact]
    public void Line_statements_and_comments()
    {
        var environment = new Environment { LineStatementPrefix = "#", LineCommentPrefix = "##" };
        var source = "<ul>\n# for item in items\n  <li>{{ item }}</li>  ## the item\n# endfor\n</ul>";
        Assert.Equal("<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>", environment.FromString(source).Render(new { items = new[] { "a", "b" } }));
    }
}
