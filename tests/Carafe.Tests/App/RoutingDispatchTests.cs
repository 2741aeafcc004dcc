namespace Carafe.Tests.App;

public class RoutingDispatchTests
{
    private static CarafeApp App()
    {
        var app = TestApps.Create();
        app.Get("/projects/", () => "The project page", endpoint: "projects");
        app.Get("/about", () => "The about page", endpoint: "about");
        app.Get("/shop/item/<int:id>", (int id) => $"Item {id}", endpoint: "item");
        app.Get("/path/<path:subpath>", (string subpath) => $"Subpath {subpath}", endpoint: "subpath");
        app.Post("/submit", () => "submitted", endpoint: "submit");
        app.Get("/pages/", ShowPages, defaults: new { page = 1 });
        app.Get("/pages/<int:page>", ShowPages);
        return app;

        static string ShowPages(int page) => $"Page {page}";
    }

    [Fact]
    public void Rule_with_trailing_slash_redirects_the_url_without_it_with_308_keeping_the_query()
    {
        using var client = App().Client();
        var response = client.Get("/projects?page=2&x=a%20b");

        Assert.Equal(308, response.StatusCode);
        Assert.Equal("http://localhost/projects/?page=2&x=a%20b", response.Location);
    }

    [Fact]
    public void Post_to_a_strict_slash_url_of_a_get_rule_is_404()
    {
        using var client = App().Client();
        Assert.Equal(404, client.Post("/projects").StatusCode);
    }

    [Fact]
    public void Rule_without_trailing_slash_requested_with_one_is_404_with_flasks_page()
    {
        using var client = App().Client();
        var response = client.Get("/about/");

        Assert.Equal(404, response.StatusCode);
        Assert.Equal(TestApps.Html, response.ContentType);
        Assert.Equal(TestApps.NotFoundPage, response.Text);
    }

    [Fact]
    public void Doubled_slashes_redirect_to_the_merged_path_but_path_converters_keep_them()
    {
        using var client = App().Client();

        var merged = client.Get("/shop//item/3");
        Assert.Equal(308, merged.StatusCode);
        Assert.Equal("http://localhost/shop/item/3", merged.Location);
        Assert.Equal("Subpath a//b", client.Get("/path/a//b").Text);
    }

    [Fact]
    public void Value_equal_to_another_rules_default_redirects_to_that_rule()
    {
        using var client = App().Client();

        var response = client.Get("/pages/1");
        Assert.Equal(308, response.StatusCode);
        Assert.Equal("http://localhost/pages/", response.Location);
        Assert.Equal("Page 1", client.Get("/pages/").Text);
        Assert.Equal("Page 2", client.Get("/pages/2").Text);
    }

    [Fact]
    public void Wrong_method_is_405_with_allow_and_flasks_page()
    {
        using var client = App().Client();

        var getOnly = client.Post("/about");
        Assert.Equal(405, getOnly.StatusCode);
        Assert.Equal(TestApps.MethodNotAllowedPage, getOnly.Text);
        Assert.Equal(["GET", "HEAD", "OPTIONS"], getOnly.Headers["Allow"]!.Split(", ").Order());

        var postOnly = client.Get("/submit");
        Assert.Equal(["OPTIONS", "POST"], postOnly.Headers["Allow"]!.Split(", ").Order());
    }

    [Fact]
    public void Unknown_methods_are_405_on_a_known_url_and_404_elsewhere()
    {
        using var client = App().Client();

        Assert.Equal(405, client.Open("PROPFIND", "/about").StatusCode);
        Assert.Equal(405, client.Open("FOO", "/about").StatusCode);
        Assert.Equal(404, client.Open("FOO", "/nowhere").StatusCode);
    }

    [Fact]
    public void Automatic_options_answers_200_with_an_empty_body_and_allow()
    {
        using var client = App().Client();
        var response = client.Options("/about");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("", response.Text);
        Assert.Equal("0", response.Headers["Content-Length"]);
        Assert.Equal(TestApps.Html, response.ContentType);
        Assert.Equal(["GET", "HEAD", "OPTIONS"], response.Headers["Allow"]!.Split(", ").Order());
    }

    [Fact]
    public void Head_runs_the_get_view_and_sends_no_body()
    {
        using var client = App().Client();
        var response = client.Head("/about");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("", response.Text);
        Assert.Equal("14", response.Headers["Content-Length"]);
    }

    [Fact]
    public void Int_converter_rejects_negative_numbers_and_the_view_gets_an_int()
    {
        using var client = App().Client();

        Assert.Equal("Item 7", client.Get("/shop/item/007").Text);
        Assert.Equal(404, client.Get("/shop/item/-1").StatusCode);
        Assert.Equal(404, client.Get("/shop/item/1.5").StatusCode);
    }

    [Fact]
    public void Int_too_large_for_the_views_parameter_is_404_not_500()
    {
        using var client = App().Client();
        Assert.Equal(404, client.Get("/shop/item/123456789012345678901234567890").StatusCode);
    }
}
