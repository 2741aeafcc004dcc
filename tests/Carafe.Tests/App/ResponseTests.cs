using static Carafe.Helpers;

namespace Carafe.Tests.App;

public class ResponseTests
{
    [Fact]
    public void String_is_html_in_utf8()
    {
        var app = TestApps.Create();
        app.Get("/", () => "Hello, World! ü");
        using var client = app.Client();
        var response = client.Get("/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(TestApps.Html, response.ContentType);
        Assert.Equal("Hello, World! ü", response.Text);
        Assert.Equal("16", response.Headers["Content-Length"]);
    }

    [Fact]
    public void Empty_body_with_204_keeps_the_html_content_type()
    {
        var app = TestApps.Create();
        app.Get("/", () => ("", 204));
        using var client = app.Client();
        var response = client.Get("/");

        Assert.Equal(204, response.StatusCode);
        Assert.Equal(TestApps.Html, response.ContentType);
        Assert.Equal("", response.Text);
    }

    [Fact]
    public void Tuple_with_status_and_headers_sets_content_type_exactly()
    {
        var app = TestApps.Create();
        app.Get("/", () => ("accepted", 202, new Dictionary<string, string> { ["Content-Type"] = "text/plain", ["X-Extra"] = "1" }));
        using var client = app.Client();
        var response = client.Get("/");

        Assert.Equal(202, response.StatusCode);
        Assert.Equal("text/plain", response.ContentType);
        Assert.Equal("1", response.Headers["X-Extra"]);
        Assert.Equal("accepted", response.Text);
    }

    [Fact]
    public void Tuple_with_a_header_list_may_repeat_a_header()
    {
        var app = TestApps.Create();
        app.Get("/", () => ("dup", new[] { ("X-Dup", "one"), ("X-Dup", "two") }));
        using var client = app.Client();
        var response = client.Get("/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(["one", "two"], response.Headers.GetAll("X-Dup"));
    }

    [Theory]
    [InlineData("text/csv", "text/csv; charset=utf-8")]
    [InlineData("application/xml", "application/xml; charset=utf-8")]
    [InlineData("image/svg+xml", "image/svg+xml; charset=utf-8")]
    [InlineData("application/octet-stream", "application/octet-stream")]
    [InlineData("application/json", "application/json")]
    public void Mimetype_gets_a_charset_as_werkzeug_gives_one(string mimetype, string contentType)
    {
        var app = TestApps.Create();
        app.Get("/", () =>
        {
            var response = MakeResponse("x");
            response.Mimetype = mimetype;
            return response;
        });
        using var client = app.Client();
        Assert.Equal(contentType, client.Get("/").ContentType);
    }

    [Fact]
    public void Dictionary_is_compact_sorted_ascii_json_ending_with_a_newline()
    {
        var app = TestApps.Create();
        app.Get("/", () => new Dictionary<string, object?> { ["b"] = 1, ["a"] = new Dictionary<string, object?> { ["z"] = "ü", ["y"] = null } });
        using var client = app.Client();
        var response = client.Get("/");

        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("{\"a\":{\"y\":null,\"z\":\"\\u00fc\"},\"b\":1}\n", response.Text);
    }

    [Fact]
    public void List_and_anonymous_objects_are_json()
    {
        var app = TestApps.Create();
        app.Get("/list", () => new object?[] { 1, "two", null });
        app.Get("/object", () => new { name = "carafe", version = 1 });
        using var client = app.Client();

        Assert.Equal("[1,\"two\",null]\n", client.Get("/list").Text);
        Assert.Equal("{\"name\":\"carafe\",\"version\":1}\n", client.Get("/object").Text);
    }

    [Fact]
    public void Jsonify_of_nothing_is_null()
    {
        var app = TestApps.Create();
        app.Get("/", () => Jsonify());
        using var client = app.Client();
        Assert.Equal("null\n", client.Get("/").Text);
    }

    [Fact]
    public async Task Async_views_and_streamed_bodies_work()
    {
        var app = TestApps.Create();
        app.Get("/async", async () =>
        {
            await Task.Yield();
            return "async done";
        });
        app.Get("/stream", () => Chunks());
        using var client = app.Client();

        Assert.Equal("async done", (await client.OpenAsync("GET", "/async")).Text);
        Assert.Equal("one,two,three", client.Get("/stream").Text);

        static async IAsyncEnumerable<string> Chunks()
        {
            foreach (var chunk in new[] { "one", ",two", ",three" })
            {
                await Task.Yield();
                yield return chunk;
            }
        }
    }

    [Fact]
    public void Redirect_is_not_made_absolute_and_has_werkzeugs_body()
    {
        var app = TestApps.Create();
        app.Get("/", () => Redirect("/hello"));
        app.Get("/moved", () => Redirect("/hello", 301));
        using var client = app.Client();
        var response = client.Get("/");

        Assert.Equal(302, response.StatusCode);
        Assert.Equal("/hello", response.Location);
        Assert.Equal(TestApps.Html, response.ContentType);
        Assert.Equal(
            "<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n" +
            "<p>You should be redirected automatically to the target URL: <a href=\"/hello\">/hello</a>. If not, click the link.\n",
            response.Text);
        Assert.Equal(199, response.Data.Length);
        Assert.Equal(301, client.Get("/moved").StatusCode);
    }

    [Fact]
    public void Redirect_target_is_iri_encoded_so_no_header_is_injected()
    {
        var app = TestApps.Create();
        app.Get("/unicode", () => Redirect("/user/ünï cödé?q=ä b"));
        app.Get("/inject", () => Redirect("/hello\r\nSet-Cookie: evil=1"));
        using var client = app.Client();

        Assert.Equal("/user/%C3%BCn%C3%AF%20c%C3%B6d%C3%A9?q=%C3%A4%20b", client.Get("/unicode").Location);
        var injected = client.Get("/inject");
        Assert.Equal(302, injected.StatusCode);
        Assert.Equal("/hello%0D%0ASet-Cookie:%20evil=1", injected.Location);
        Assert.Empty(injected.Headers.GetAll("Set-Cookie"));
    }

    [Fact]
    public void Following_redirects_ends_on_the_target_and_keeps_the_history()
    {
        var app = TestApps.Create();
        app.Get("/", () => Redirect("/hello"));
        app.Get("/hello", () => "Hello");
        using var client = app.Client();
        var response = client.Get("/", followRedirects: true);

        Assert.Equal("Hello", response.Text);
        Assert.Equal([302], response.History.Select(r => r.StatusCode));
    }
}
