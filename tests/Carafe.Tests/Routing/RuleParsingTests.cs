using Carafe.Routing;

namespace Carafe.Tests.Routing;

public class RuleParsingTests
{
    [Fact]
    public void Methods_are_upper_cased_and_get_implies_head()
    {
        var rule = new Rule("/x", "x", ["get", "Post"]);

        Assert.Equal(["GET", "HEAD", "POST"], rule.Methods.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Methods_default_to_get_as_in_flask()
    {
        Assert.Equal(["GET", "HEAD"], new Rule("/x", "x").Methods.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Post_only_rule_has_no_head()
    {
        Assert.Equal(["POST"], new Rule("/x", "x", ["POST"]).Methods);
    }

    [Fact]
    public void Arguments_are_the_variables_in_order_then_the_defaults()
    {
        var rule = new Rule("/a/<int:year>/<slug>", "a", defaults: new Dictionary<string, object?> { ["page"] = 1, ["slug"] = "x" });

        Assert.Equal(["year", "slug", "page"], rule.Arguments);
        Assert.Equal(1, rule.Defaults["page"]);
    }

    [Fact]
    public void Tokens_split_slashes_static_text_and_variables()
    {
        var rule = new Rule("/docs/<page>.html", "docs");

        Assert.Equal<RuleToken>(
            [SlashToken.Instance, new StaticToken("docs"), SlashToken.Instance, new VariableToken("page", "default", ConverterArguments.None), new StaticToken(".html")],
            rule.Tokens);
    }

    [Fact]
    public void Doubled_slashes_in_the_rule_are_merged_unless_disabled()
    {
        Assert.Equal(4, new Rule("/a//b", "x").Tokens.Count);
        Assert.Equal(5, new Rule("/a//b", "x", mergeSlashes: false).Tokens.Count);
    }

    [Fact]
    public void Rule_must_start_with_a_slash()
    {
        var error = Assert.Throws<ArgumentException>(() => new Rule("about", "about"));

        Assert.StartsWith("The URL rule 'about' must start with a slash.", error.Message);
    }

    [Theory]
    [InlineData("/x/<int:>", "The URL rule '/x/<int:>' is malformed at '<int:>': variables are written <name> or <converter(arguments):name>.")]
    [InlineData("/x/<name", "The URL rule '/x/<name' is malformed at '<name': variables are written <name> or <converter(arguments):name>.")]
    [InlineData("/x/<1st>", "The URL rule '/x/<1st>' is malformed at '<1st>': variables are written <name> or <converter(arguments):name>.")]
    [InlineData("/x/<a>/<int:a>", "The URL rule '/x/<a>/<int:a>' uses the variable name 'a' twice.")]
    [InlineData("/x/<int(min=1, 2):a>", "The URL rule '/x/<int(min=1, 2):a>' has bad converter arguments: a positional argument follows a named one in '(min=1, 2)'.")]
    [InlineData("/x/<int(min=1 max=2):a>", "The URL rule '/x/<int(min=1 max=2):a>' has bad converter arguments: cannot parse 'min=1 max=2' in '(min=1 max=2)'.")]
    public void Malformed_rules_are_rejected_with_the_reason(string pattern, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new Rule(pattern, "x"));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Unknown_converter_is_rejected_when_the_map_compiles()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new RouteMap([new Rule("/x/<slug:s>", "x")], ConverterRegistry.CreateDefault()));

        Assert.Equal(
            "The URL rule '/x/<slug:s>' uses the converter 'slug', which is not registered (known: any, default, float, int, path, string, uuid).",
            error.Message);
    }

    [Theory]
    [InlineData("/x/<int(mini=1):a>",
        "The URL rule '/x/<int(mini=1):a>' has bad arguments for 'int': The 'int' converter has no argument 'mini' (it accepts fixed_digits, min, max, signed).")]
    [InlineData("/x/<path(1):a>",
        "The URL rule '/x/<path(1):a>' has bad arguments for 'path': The 'path' converter takes at most 0 positional arguments, not 1.")]
    [InlineData("/x/<string(length='three'):a>",
        "The URL rule '/x/<string(length='three'):a>' has bad arguments for 'string': The converter argument 'length' must be Int32, not three.")]
    [InlineData("/x/<any():a>",
        "The URL rule '/x/<any():a>' has bad arguments for 'any': The 'any' converter takes its items as positional arguments, at least one: any(a, b, 'c d').")]
    public void Bad_converter_arguments_are_rejected_naming_the_rule(string pattern, string message)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new RouteMap([new Rule(pattern, "x")], ConverterRegistry.CreateDefault()));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Converter_arguments_are_python_literals()
    {
        var arguments = ConverterArgumentParser.Parse("""apple, 'cherry pie', "x,y", 7, -3, 2.5, 5., True, None, u'u', name=value, flag = False""");

        Assert.Equal(["apple", "cherry pie", "x,y", 7L, -3L, 2.5, 5.0, true, null, "u"], arguments.Positional);
        Assert.Equal(new Dictionary<string, object?> { ["name"] = "value", ["flag"] = false }, arguments.Named);
    }

    [Fact]
    public void Empty_converter_arguments_are_none()
    {
        var map = new RouteMap([new Rule("/x/<int():a>", "x")], ConverterRegistry.CreateDefault());

        Assert.Equal(5L, map.Match("/x/5", "GET").Values["a"]);
    }

    [Fact]
    public void Converter_arguments_are_read_by_name_or_position()
    {
        var arguments = new ConverterArguments([2L], new Dictionary<string, object?> { ["max"] = 9L });

        Assert.Equal(2, arguments.Get(0, "min", 1));
        Assert.Equal(9, arguments.Get<int?>(1, "max", null));
        Assert.Null(arguments.Get<int?>(2, "length", null));
        Assert.False(arguments.Get(3, "signed", false));
    }
}
