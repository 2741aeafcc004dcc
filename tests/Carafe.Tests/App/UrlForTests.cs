using Carafe.Routing;
using Carafe.Testing;
using static Carafe.Helpers;

namespace Carafe.Tests.App;

public class UrlForTests
{
    private static CarafeApp App()
    {
        var app = TestApps.Create(root => Directory.CreateDirectory(Path.Combine(root, "static")));
        app.Get("/", Index);
        app.Get("/user/<username>", ShowUser);
        app.Get("/post/<int:post_id>", (int post_id) => $"{post_id}", endpoint: "show_post");
        app.Route("/methods", () => "get", endpoint: "methods");
        app.Post("/methods", () => "post", endpoint: "methods_post");
        app.Get("/external", () => UrlFor("show_post", new { post_id = 5 }, external: true), endpoint: "external");
        return app;

        static string Index() => "index";
        static string ShowUser(string username) => username;
    }

    [Fact]
    public void Endpoint_defaults_to_the_views_name_in_snake_case()
    {
        using var context = App().TestRequestContext();
        Assert.Equal("/", UrlFor("index"));
        Assert.Equal("/user/John%20Doe", UrlFor("show_user", new { username = "John Doe" }));
    }

    [Theory]
    [InlineData("a/b?c&d#e%f+g", "/user/a/b%3Fc%26d%23e%25f+g")]
    [InlineData("<b>&\"'", "/user/%3Cb%3E%26%22'")]
    [InlineData("ünï", "/user/%C3%BCn%C3%AF")]
    public void Path_values_are_quoted_as_werkzeug_quotes_them(string username, string url)
    {
        using var context = App().TestRequestContext();
        Assert.Equal(url, UrlFor("show_user", new { username }));
    }

    [Fact]
    public void Extra_values_become_the_query_in_order()
    {
        using var context = App().TestRequestContext();

        Assert.Equal("/post/5?q=x+y&lang=en", UrlFor("show_post", new { post_id = 5, q = "x y", lang = "en" }));
        Assert.Equal("/post/5?tag=a&tag=b%26c", UrlFor("show_post", new { post_id = 5, tag = new[] { "a", "b&c" } }));
        Assert.Equal("/post/5?flag=True", UrlFor("show_post", new { post_id = 5, skipped = (string?)null, flag = true }));
    }

    [Fact]
    public void Anchor_external_scheme_and_method()
    {
        using var context = App().TestRequestContext(host: "carafe.example:8080");

        Assert.Equal("/post/5#comments%20section", UrlFor("show_post", new { post_id = 5 }, anchor: "comments section"));
        Assert.Equal("/post/5#x/y%3Fz", UrlFor("show_post", new { post_id = 5 }, anchor: "x/y?z"));
        Assert.Equal("http://carafe.example:8080/post/5", UrlFor("show_post", new { post_id = 5 }, external: true));
        Assert.Equal("https://carafe.example:8080/post/5", UrlFor("show_post", new { post_id = 5 }, external: true, scheme: "https"));
        Assert.Equal("/methods", UrlFor("methods_post", method: "POST"));
    }

    [Fact]
    public void Static_urls()
    {
        using var context = App().TestRequestContext();
        Assert.Equal("/static/js/hello.js", UrlFor("static", new { filename = "js/hello.js" }));
        Assert.Equal("/static/style.css?v=3", UrlFor("static", new { filename = "style.css", v = 3 }));
    }

    [Fact]
    public void External_urls_use_the_requests_host()
    {
        using var client = App().Client();
        Assert.Equal("http://carafe.example:8080/post/5", client.Get("/external", headers: new { Host = "carafe.example:8080" }).Text);
    }

    [Fact]
    public void Missing_values_are_a_build_error_naming_the_endpoint()
    {
        using var context = App().TestRequestContext();

        var missing = Assert.Throws<BuildException>(() => UrlFor("show_post"));
        Assert.Equal("show_post", missing.Endpoint);
        Assert.Equal(["post_id"], missing.MissingValues);
        Assert.Contains("'show_post'", missing.Message);
        Assert.Contains("post_id", missing.Message);
        Assert.Contains("no_such_endpoint", Assert.Throws<BuildException>(() => UrlFor("no_such_endpoint")).Message);
    }

    [Fact]
    public void Outside_a_request_the_error_says_how_to_get_one()
    {
        var error = Assert.Throws<InvalidOperationException>(() => UrlFor("index"));
        Assert.StartsWith("Working outside of request context.", error.Message);
    }
}
