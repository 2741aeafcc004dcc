using Carafe.Routing;

namespace Carafe.Tests.Routing;

public class MatchingTests
{
    private static readonly RouteMap Map = new(
    [
        new Rule("/", "index"),
        new Rule("/projects/", "projects"),
        new Rule("/about", "about"),
        new Rule("/hello", "hello"),
        new Rule("/hello/<name>", "hello_name"),
        new Rule("/user/<username>", "show_user"),
        new Rule("/user/me", "me"),
        new Rule("/path/<path:subpath>", "show_subpath"),
        new Rule("/shop/item/<int:id>", "shop_item"),
        new Rule("/pages/", "show_pages", defaults: new Dictionary<string, object?> { ["page"] = 1 }),
        new Rule("/pages/<int:page>", "show_pages"),
        new Rule("/conflict/<name>", "conflict_str"),
        new Rule("/conflict/<int:id>", "conflict_int"),
        new Rule("/methods", "methods", ["GET", "POST"]),
        new Rule("/postonly", "postonly", ["POST"]),
        new Rule("/multi", "multi_get"),
        new Rule("/multi", "multi_put", ["PUT", "DELETE"]),
        new Rule("/nostrict/", "nostrict", strictSlashes: false),
        new Rule("/raw//double", "raw", mergeSlashes: false),
        new Rule("/ünï/", "unicode"),
    ], ConverterRegistry.CreateDefault());

    private static RouteMatch Match(string path, string method = "GET") => Map.Match(path, method);

    [Theory]
    [InlineData("/conflict/5", "conflict_int")]
    [InlineData("/conflict/5x", "conflict_str")]
    [InlineData("/user/me", "me")]
    [InlineData("/user/you", "show_user")]
    public void Static_parts_beat_dynamic_ones_and_int_beats_string(string path, string endpoint)
    {
        Assert.Equal(endpoint, Match(path).Rule!.Endpoint);
    }

    [Fact]
    public void Found_gives_the_rule_and_converted_values()
    {
        var match = Match("/shop/item/3");

        Assert.Equal(RouteMatchKind.Found, match.Kind);
        Assert.Equal("/shop/item/<int:id>", match.Rule!.Pattern);
        Assert.Equal(new Dictionary<string, object?> { ["id"] = 3L }, match.Values);
    }

    [Theory]
    [InlineData("/shop/item/x3")]
    [InlineData("/shop/item/3x")]
    [InlineData("/shop/item/3/")]
    public void Dynamic_parts_match_whole_segments(string path)
    {
        Assert.Equal(RouteMatchKind.NotFound, Match(path).Kind);
    }

    [Fact]
    public void Missing_trailing_slash_redirects_to_the_branch()
    {
        var match = Match("/projects");

        Assert.Equal(RouteMatchKind.Redirect, match.Kind);
        Assert.Equal("/projects/", match.RedirectPath);
    }

    [Fact]
    public void Redirect_path_is_percent_encoded()
    {
        Assert.Equal("/%C3%BCn%C3%AF/", Match("/ünï").RedirectPath);
    }

    [Fact]
    public void Extra_trailing_slash_on_a_leaf_is_not_found()
    {
        Assert.Equal(RouteMatchKind.NotFound, Match("/about/").Kind);
        Assert.Equal(RouteMatchKind.NotFound, Match("/hello//").Kind);
    }

    [Fact]
    public void Post_to_a_branch_without_its_slash_is_not_found()
    {
        Assert.Equal(RouteMatchKind.NotFound, Match("/projects", "POST").Kind);
    }

    [Fact]
    public void Without_strict_slashes_both_forms_match()
    {
        Assert.Equal("nostrict", Match("/nostrict").Rule!.Endpoint);
        Assert.Equal("nostrict", Match("/nostrict/").Rule!.Endpoint);
    }

    [Theory]
    [InlineData("/shop//item/3", "/shop/item/3")]
    [InlineData("/shop///item//3", "/shop/item/3")]
    [InlineData("/projects//", "/projects/")]
    public void Doubled_slashes_redirect_to_the_merged_path(string path, string redirect)
    {
        var match = Match(path);

        Assert.Equal(RouteMatchKind.Redirect, match.Kind);
        Assert.Equal(redirect, match.RedirectPath);
    }

    [Fact]
    public void Leading_slashes_are_ignored()
    {
        Assert.Equal("about", Match("//about").Rule!.Endpoint);
    }

    [Fact]
    public void Path_converter_keeps_doubled_slashes()
    {
        Assert.Equal("a//b", Match("/path/a//b").Values["subpath"]);
    }

    [Fact]
    public void Path_converter_matches_decoded_newlines()
    {
        Assert.Equal("a\nb/c", Match("/path/a\nb/c").Values["subpath"]);
    }

    [Fact]
    public void Rule_without_merge_slashes_does_not_redirect()
    {
        Assert.Equal("raw", Match("/raw//double").Rule!.Endpoint);
        Assert.Equal(RouteMatchKind.NotFound, Match("/raw/double").Kind);
    }

    [Fact]
    public void Value_equal_to_another_rules_default_redirects_to_that_rule()
    {
        var match = Match("/pages/1");

        Assert.Equal(RouteMatchKind.Redirect, match.Kind);
        Assert.Equal("/pages/", match.RedirectPath);
        Assert.Equal(2L, Match("/pages/2").Values["page"]);
    }

    [Fact]
    public void Defaults_are_part_of_the_values()
    {
        var match = Match("/pages/");

        Assert.Equal("show_pages", match.Rule!.Endpoint);
        Assert.Equal(new Dictionary<string, object?> { ["page"] = 1 }, match.Values);
    }

    [Fact]
    public void Head_is_allowed_where_get_is()
    {
        Assert.Equal("about", Match("/about", "HEAD").Rule!.Endpoint);
    }

    [Fact]
    public void Methods_are_compared_upper_cased()
    {
        Assert.Equal("postonly", Match("/postonly", "post").Rule!.Endpoint);
    }

    [Fact]
    public void Wrong_method_is_not_allowed_with_the_methods_that_are()
    {
        var match = Match("/postonly");

        Assert.Equal(RouteMatchKind.MethodNotAllowed, match.Kind);
        Assert.Equal(["POST"], match.AllowedMethods);
    }

    [Fact]
    public void Allowed_methods_are_the_union_over_the_rules_for_the_path()
    {
        Assert.Equal("multi_put", Match("/multi", "DELETE").Rule!.Endpoint);
        var match = Match("/multi", "PATCH");

        Assert.Equal(RouteMatchKind.MethodNotAllowed, match.Kind);
        Assert.Equal(["DELETE", "GET", "HEAD", "PUT"], match.AllowedMethods.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_method_on_an_existing_url_is_not_allowed()
    {
        Assert.Equal(RouteMatchKind.MethodNotAllowed, Match("/methods", "FOO").Kind);
        Assert.Equal(["GET", "HEAD", "POST"], Match("/methods", "FOO").AllowedMethods.Order(StringComparer.Ordinal));
        Assert.Equal(RouteMatchKind.NotFound, Match("/nowhere", "FOO").Kind);
    }

    [Fact]
    public void Allowed_methods_of_a_path_are_what_automatic_options_answers()
    {
        Assert.Equal(["DELETE", "GET", "HEAD", "PUT"], Map.AllowedMethods("/multi").Order(StringComparer.Ordinal));
        Assert.Equal(["POST"], Map.AllowedMethods("/postonly"));
        Assert.Empty(Map.AllowedMethods("/projects"));
        Assert.Empty(Map.AllowedMethods("/nowhere"));
    }

    [Fact]
    public void Options_is_left_to_the_app()
    {
        Assert.Equal(RouteMatchKind.MethodNotAllowed, Match("/", "OPTIONS").Kind);
    }

    [Fact]
    public void Percent_decoded_slash_is_a_segment_separator()
    {
        Assert.Equal(RouteMatchKind.NotFound, Match("/user/a/b").Kind);
    }

    [Fact]
    public void Matching_a_static_route_allocates_nothing()
    {
        Match("/about");
        Match("/projects/");
        Match("/shop/item");

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Match("/about");
            Match("/projects/");
            Match("/shop/item");
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Thousands_of_rules_share_one_tree()
    {
        var rules = Enumerable.Range(0, 5000)
            .SelectMany(i => new[] { new Rule($"/section{i}/", $"s{i}"), new Rule($"/section{i}/<int:id>", $"item{i}") });
        var map = new RouteMap(rules, ConverterRegistry.CreateDefault());

        Assert.Equal("item4999", map.Match("/section4999/7", "GET").Rule!.Endpoint);
        Assert.Equal("/section0/", map.Match("/section0", "GET").RedirectPath);
        Assert.Equal(RouteMatchKind.NotFound, map.Match("/section5000/7", "GET").Kind);
    }

    [Fact]
    public void Map_can_be_shared_between_threads()
    {
        var results = Enumerable.Range(0, 64).AsParallel()
            .Select(i => Map.Match($"/shop/item/{i}", "GET").Values["id"])
            .OrderBy(v => v)
            .ToList();

        Assert.Equal(Enumerable.Range(0, 64).Select(i => (object?)(long)i), results);
    }
}
