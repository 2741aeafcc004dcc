namespace Carafe.Templating.Tests;

/// <summary>Filters, tests and globals added as plain .NET delegates, as the framework and extensions add them.</summary>
public class ExtensionPointTests
{
    [Fact]
    public void Filter_from_a_func()
    {
        var environment = new Environment();
        environment.Filters["shout"] = (Func<string, string>)(s => s.ToUpperInvariant() + "!");
        Assert.Equal("HI!", environment.FromString("{{ 'hi'|shout }}").Render());
    }

    [Fact]
    public void Filter_arguments_bind_by_position_and_keyword()
    {
        var environment = new Environment();
        environment.Filters["pad"] = (Func<string, int, char, string>)((s, width, fill) => s.PadLeft(width, fill));
        Assert.Equal("..ab|__ab", environment.FromString("{{ 'ab'|pad(4, '.') }}|{{ 'ab'|pad(fill='_', width=4) }}").Render());
    }

    [Fact]
    public void Template_function_receives_arguments_as_written()
    {
        var environment = new Environment();
        environment.Globals["url_for"] = (TemplateFunction)((args, kwargs) =>
            "/" + args[0] + string.Concat(kwargs.OrderBy(k => k.Key).Select(k => $"?{k.Key}={k.Value}")));
        Assert.Equal("/index?page=2", environment.FromString("{{ url_for('index', page=2) }}").Render());
    }

    [Fact]
    public void Test_from_a_predicate()
    {
        var environment = new Environment();
        environment.Tests["long"] = (Func<string, bool>)(s => s.Length > 3);
        Assert.Equal("no yes", environment.FromString("{{ 'abc' is long and 'yes' or 'no' }} {{ 'abcd' is long and 'yes' or 'no' }}").Render());
    }

    [Fact]
    public void Global_values_and_functions_are_visible_everywhere()
    {
        var environment = new Environment
        {
            Loader = new DictLoader(new Dictionary<string, string> { ["inc"] = "{{ site }}:{{ greet('Ada') }}" }),
        };
        environment.Globals["site"] = "Carafe";
        environment.Globals["greet"] = (Func<string, string>)(name => $"hi {name}");
        Assert.Equal("Carafe:hi Ada", environment.FromString("{% include 'inc' %}").Render());
    }

    [Fact]
    public void Custom_filter_output_is_escaped_unless_it_is_markup()
    {
        var environment = new Environment { Autoescape = true };
        environment.Filters["bold"] = (Func<string, Markup>)(s => new Markup("<b>" + Markup.EscapeText(s) + "</b>"));
        environment.Filters["raw"] = (Func<string, string>)(s => "<i>" + s + "</i>");
        Assert.Equal("<b>&lt;x&gt;</b> &lt;i&gt;y&lt;/i&gt;", environment.FromString("{{ '<x>'|bold }} {{ 'y'|raw }}").Render());
    }

    [Fact]
    public void Unknown_filter_is_a_compile_time_error()
    {
        var error = Assert.Throws<TemplateSyntaxException>(() => new Environment().FromString("{{ x|nope }}"));
        Assert.Equal("No filter named 'nope'.", error.Reason);
    }

    [Fact]
    public void Objects_answer_their_own_attributes_render_as_html_and_are_callable()
    {
        var environment = new Environment { Autoescape = true };
        var field = new HtmlWidget();
        Assert.Equal("<input name=\"q\">|<input name=\"q\" size=\"20\">|q|<input name=\"q\">&lt;",
            environment.FromString("{{ w }}|{{ w(size=20) }}|{{ w.name }}|{{ w ~ '<' }}").Render(new Dictionary<string, object?> { ["w"] = field }));
    }

    /// <summary>A form field's shape: attributes by template name, HTML when written, keyword arguments when called.</summary>
    private sealed class HtmlWidget : IAttributeSource, IHtml, ITemplateCallable
    {
        public bool TryGetAttribute(string name, out object? value)
        {
            value = name == "name" ? "q" : null;
            return name == "name";
        }

        public string ToHtml() => "<input name=\"q\">";

        public object? Call(IReadOnlyList<object?> arguments, IReadOnlyDictionary<string, object?> keywords) =>
            new Markup("<input name=\"q\"" + string.Concat(keywords.Select(k => $" {k.Key}=\"{k.Value}\"")) + ">");
    }
}
