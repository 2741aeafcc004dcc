using Carafe.Testing;
using static Carafe.Helpers;

namespace Carafe.Tests.App;

public class TemplateTests
{
    private static CarafeApp App()
    {
        var app = TestApps.Create(root =>
        {
            var templates = Directory.CreateDirectory(Path.Combine(root, "templates")).FullName;
            File.WriteAllText(Path.Combine(templates, "base.html"), "<title>{% block title %}Base{% endblock %}</title>{% block body %}{% endblock %}");
            File.WriteAllText(Path.Combine(templates, "child.html"),
                "{% extends 'base.html' %}{% block title %}Child - {{ super() }}{% endblock %}{% block body %}{% for x in items %}{{ loop.index }}:{{ x|upper }} {% endfor %}{% endblock %}");
            File.WriteAllText(Path.Combine(templates, "macros.html"), "{% macro shout(text) %}{{ text|upper }}!{% endmacro %}");
            File.WriteAllText(Path.Combine(templates, "uses_macro.html"), "{% import 'macros.html' as m %}{{ m.shout(word) }}");
            File.WriteAllText(Path.Combine(templates, "escaped.html"), "{{ value }}|{{ value|safe }}");
            File.WriteAllText(Path.Combine(templates, "plain.txt"), "Plain text template: {{ value }}");
            File.WriteAllText(Path.Combine(templates, "context.html"),
                "{{ request.path }} {{ request.args.get('q') }} {{ session.get('user') }} {{ g.get('who') }} {{ config.MAX_CONTENT_LENGTH }} {{ url_for('show', id=5, _anchor='top') }} {{ brand }}");
            File.WriteAllText(Path.Combine(templates, "flashes.html"),
                "{% for category, message in get_flashed_messages(with_categories=true) %}<li class=\"{{ category }}\">{{ message }}</li>{% endfor %}");
            File.WriteAllText(Path.Combine(templates, "lines.html"), "## a line comment\n<ul>\n# for item in items\n<li>{{ item }}</li>\n# endfor\n</ul>\n");
            File.WriteAllText(Path.Combine(templates, "filtered.html"), "{{ name|reverse_words }} {{ 4 is even_number }} {{ site_name }}");
        });
        app.Config["MAX_CONTENT_LENGTH"] = 65536;
        app.TemplateOptions.LineStatementPrefix = "#";
        app.TemplateOptions.LineCommentPrefix = "##";
        app.ContextProcessor(() => new { brand = "Carafe" });
        app.AddTemplateFilter("reverse_words", (string text) => string.Join(' ', text.Split(' ').Reverse()));
        app.AddTemplateTest("even_number", (long n) => n % 2 == 0);
        app.AddTemplateGlobal("site_name", "The Site");
        app.Get("/show/<int:id>", (int id) => $"{id}", endpoint: "show");
        app.Get("/child", () => RenderTemplate("child.html", new { items = new[] { "a", "b" } }), endpoint: "child");
        app.Get("/macro", () => RenderTemplate("uses_macro.html", new { word = "hey" }), endpoint: "macro");
        app.Get("/escaped/<name>", (string name) => RenderTemplate(name, new { value = "<script>alert('x')</script> \"q\"" }), endpoint: "escaped");
        app.Get("/context", (Session session, G g) =>
        {
            session["user"] = "alice";
            g["who"] = "bob";
            return RenderTemplate("context.html");
        }, endpoint: "context");
        app.Get("/flashes", () =>
        {
            Flash("Oops <b>", "error");
            return RenderTemplate("flashes.html");
        }, endpoint: "flashes");
        app.Get("/string", () => RenderTemplateString("{{ a }} + {{ b }} = {{ a + b }}; {{ s }}", new { a = 2, b = 3, s = "<i>" }), endpoint: "string");
        app.Get("/lines", () => RenderTemplate("lines.html", new { items = new[] { "tea", "milk" } }), endpoint: "lines");
        app.Get("/filtered", () => RenderTemplate("filtered.html", new { name = "hello big world" }), endpoint: "filtered");
        app.Get("/missing", () => RenderTemplate("nope.html"), endpoint: "missing");
        return app;
    }

    [Fact]
    public void Inheritance_super_loops_and_filters()
    {
        using var client = App().Client();
        Assert.Equal("<title>Child - Base</title>1:A 2:B ", client.Get("/child").Text);
        Assert.Equal("HEY!", client.Get("/macro").Text);
    }

    [Fact]
    public void Html_templates_are_autoescaped_and_text_templates_are_not()
    {
        using var client = App().Client();

        Assert.Equal("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &#34;q&#34;|<script>alert('x')</script> \"q\"", client.Get("/escaped/escaped.html").Text);
        Assert.Equal("Plain text template: <script>alert('x')</script> \"q\"", client.Get("/escaped/plain.txt").Text);
        Assert.Equal("2 + 3 = 5; &lt;i&gt;", client.Get("/string").Text);
    }

    [Fact]
    public void Flasks_context_and_context_processors_are_in_every_template()
    {
        var app = App();
        app.Config["TESTING"] = true;
        using var client = app.Client();
        Assert.Equal("/context search alice bob 65536 /show/5#top Carafe", client.Get("/context?q=search").Text);
    }

    [Fact]
    public void Flashed_messages_with_categories_are_escaped()
    {
        using var client = App().Client();
        Assert.Equal("<li class=\"error\">Oops &lt;b&gt;</li>", client.Get("/flashes").Text);
    }

    [Fact]
    public void Line_statements_and_line_comments()
    {
        using var client = App().Client();
        // Jinja keeps the newline that ends a line comment.
        Assert.Equal("\n<ul>\n<li>tea</li>\n<li>milk</li>\n</ul>", client.Get("/lines").Text);
    }

    [Fact]
    public void Registered_filters_tests_and_globals()
    {
        using var client = App().Client();
        Assert.Equal("world big hello True The Site", client.Get("/filtered").Text);
    }

    [Fact]
    public void Missing_template_is_a_500_naming_it_in_testing_mode()
    {
        var app = App();
        app.Config["TESTING"] = true;
        using var client = app.Client();

        var error = Assert.Throws<Carafe.Templating.TemplateNotFoundException>(() => client.Get("/missing"));
        Assert.Contains("nope.html", error.Message);
    }
}
