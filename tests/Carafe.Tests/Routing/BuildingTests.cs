using Carafe.Routing;

namespace Carafe.Tests.Routing;

public class BuildingTests
{
    private static readonly RouteMap Map = new(
    [
        new Rule("/", "index"),
        new Rule("/user/<username>", "show_user"),
        new Rule("/post/<int:post_id>", "show_post"),
        new Rule("/pages/", "show_pages", defaults: new Dictionary<string, object?> { ["page"] = 1 }),
        new Rule("/pages/<int:page>", "show_pages"),
        new Rule("/static/<path:filename>", "static"),
        new Rule("/methods", "methods_get"),
        new Rule("/methods", "methods", ["GET"]),
        new Rule("/methods/post", "methods", ["POST"]),
        new Rule("/wiki/<path:page>", "wiki"),
    ], ConverterRegistry.CreateDefault());

    private static string Build(string endpoint, params (string Key, object? Value)[] values) =>
        Map.Build(endpoint, values.ToDictionary(v => v.Key, v => v.Value));

    [Theory]
    [InlineData("John Doe", "/user/John%20Doe")]
    [InlineData("a/b?c&d#e%f+g", "/user/a/b%3Fc%26d%23e%25f+g")]
    [InlineData("<b>&\"'", "/user/%3Cb%3E%26%22'")]
    [InlineData("ünï cödé", "/user/%C3%BCn%C3%AF%20c%C3%B6d%C3%A9")]
    [InlineData("x:y;z=1@h", "/user/x:y;z%3D1%40h")]
    public void String_values_are_quoted_keeping_slash_and_plus(string username, string url)
    {
        Assert.Equal(url, Build("show_user", ("username", username)));
    }

    [Fact]
    public void Extra_values_become_the_query_in_order_with_spaces_as_plus()
    {
        Assert.Equal("/user/x?q=x+y&lang=en", Build("show_user", ("username", "x"), ("q", "x y"), ("lang", "en")));
    }

    [Fact]
    public void Lists_repeat_their_key()
    {
        Assert.Equal("/user/x?tag=a&tag=b%26c", Build("show_user", ("username", "x"), ("tag", new[] { "a", "b&c" })));
    }

    [Fact]
    public void Null_values_are_dropped()
    {
        Assert.Equal("/user/x?b=2", Build("show_user", ("username", "x"), ("a", null), ("b", 2), ("c", new object?[] { null })));
    }

    [Fact]
    public void Values_are_written_as_python_prints_them()
    {
        Assert.Equal("/user/x?flag=True&off=False&n=3&f=2.5&g=1e%2B20&h=2.0",
            Build("show_user", ("username", "x"), ("flag", true), ("off", false), ("n", 3), ("f", 2.5), ("g", 1e20), ("h", 2.0)));
        Assert.Equal("/user/True", Build("show_user", ("username", true)));
    }

    [Fact]
    public void Int_values_may_be_given_as_text()
    {
        Assert.Equal("/post/42", Build("show_post", ("post_id", "42")));
    }

    [Fact]
    public void Path_values_keep_their_slashes()
    {
        Assert.Equal("/static/js/hello.js", Build("static", ("filename", "js/hello.js")));
        Assert.Equal("/static/style.css?v=3", Build("static", ("filename", "style.css"), ("v", 3)));
    }

    [Fact]
    public void Value_equal_to_a_default_picks_the_rule_with_that_default()
    {
        Assert.Equal("/pages/", Build("show_pages", ("page", 1)));
        Assert.Equal("/pages/", Build("show_pages", ("page", 1L)));
        Assert.Equal("/pages/", Build("show_pages"));
        Assert.Equal("/pages/2", Build("show_pages", ("page", 2)));
    }

    [Fact]
    public void Method_picks_among_the_endpoints_rules()
    {
        Assert.Equal("/methods", Map.Build("methods", new Dictionary<string, object?>()));
        Assert.Equal("/methods/post", Map.Build("methods", new Dictionary<string, object?>(), "POST"));
    }

    [Fact]
    public void Missing_values_name_the_endpoint_and_the_values()
    {
        var error = Assert.Throws<BuildException>(() => Build("show_post"));

        Assert.Equal("Could not build url for endpoint 'show_post'. Did you forget to specify values ['post_id']?", error.Message);
        Assert.Equal("show_post", error.Endpoint);
        Assert.Equal(["post_id"], error.MissingValues);
    }

    [Fact]
    public void Null_counts_as_missing()
    {
        var error = Assert.Throws<BuildException>(() => Build("show_post", ("post_id", null)));

        Assert.Equal(["post_id"], error.MissingValues);
    }

    [Fact]
    public void Unknown_endpoint_suggests_the_closest_one()
    {
        var error = Assert.Throws<BuildException>(() => Build("show_usr", ("username", "x")));

        Assert.Equal("Could not build url for endpoint 'show_usr' with values ['username']. Did you mean 'show_user' instead?", error.Message);
        Assert.Empty(error.MissingValues);
        Assert.False(Map.HasEndpoint("show_usr"));
        Assert.True(Map.HasEndpoint("show_user"));
    }

    [Fact]
    public void Method_no_rule_allows_is_explained()
    {
        var error = Assert.Throws<BuildException>(() => Map.Build("show_post", new Dictionary<string, object?> { ["post_id"] = 1 }, "POST"));

        Assert.Equal("Could not build url for endpoint 'show_post' ('POST') with values ['post_id']. Did you mean to use methods ['GET', 'HEAD']?", error.Message);
    }

    [Fact]
    public void Empty_map_says_only_what_failed()
    {
        var map = new RouteMap([], ConverterRegistry.CreateDefault());

        Assert.Equal("Could not build url for endpoint 'index'.",
            Assert.Throws<BuildException>(() => map.Build("index", new Dictionary<string, object?>())).Message);
    }

    [Theory]
    [InlineData("comments section", "comments%20section")]
    [InlineData("x/y?z", "x/y%3Fz")]
    [InlineData("a:b#c", "a:b%23c")]
    public void Anchors_are_quoted_as_flask_does(string anchor, string quoted)
    {
        Assert.Equal(quoted, UrlQuoting.QuoteAnchor(anchor));
    }

    [Fact]
    public void Built_paths_start_with_one_slash()
    {
        var map = new RouteMap([new Rule("//x/<a>", "x", mergeSlashes: false)], ConverterRegistry.CreateDefault());

        Assert.Equal("/x/b", map.Build("x", new Dictionary<string, object?> { ["a"] = "b" }));
    }

    [Fact]
    public void Built_urls_match_back_to_their_rule()
    {
        var url = Build("wiki", ("page", "a b/ü"));

        Assert.Equal("/wiki/a%20b/%C3%BC", url);
        Assert.Equal("a b/ü", Map.Match(Uri.UnescapeDataString(url), "GET").Values["page"]);
    }
}
