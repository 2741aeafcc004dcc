namespace Carafe.Tests.App;

public class StaticFileTests
{
    private const string Css = "body { color: #333; }\n";

    private static CarafeApp App()
    {
        var app = TestApps.Create(root =>
        {
            Directory.CreateDirectory(Path.Combine(root, "static", "js"));
            File.WriteAllText(Path.Combine(root, "static", "style.css"), Css);
            File.WriteAllText(Path.Combine(root, "static", "js", "hello.js"), "console.log('hello');\n");
            File.WriteAllText(Path.Combine(root, "static", "notes.txt"), new string('x', 130));
            File.WriteAllText(Path.Combine(root, "app.py"), "secret source");
        });
        app.ErrorHandler(404, (Request request) => ($"not found: {request.Path}", 404));
        return app;
    }

    [Fact]
    public void Serves_with_flasks_headers()
    {
        using var client = App().Client();
        var response = client.Get("/static/style.css");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(Css, response.Text);
        Assert.Equal("text/css; charset=utf-8", response.ContentType);
        Assert.Equal("inline; filename=style.css", response.Headers["Content-Disposition"]);
        Assert.Equal("no-cache", response.Headers["Cache-Control"]);
        Assert.Equal(Css.Length.ToString(), response.Headers["Content-Length"]);
        Assert.Matches("^\"\\d+(\\.\\d+)?-22-\\d+\"$", response.Headers["ETag"]!);
        Assert.NotNull(response.Headers["Last-Modified"]);
        Assert.Null(response.Headers["Accept-Ranges"]);
        Assert.Equal("text/javascript; charset=utf-8", client.Get("/static/js/hello.js").ContentType);
        Assert.Equal("text/plain; charset=utf-8", client.Get("/static/notes.txt").ContentType);
    }

    [Fact]
    public void Conditional_requests_answer_304_without_entity_headers()
    {
        using var client = App().Client();
        var first = client.Get("/static/style.css");
        var etag = first.Headers["ETag"]!;

        foreach (var headers in new[]
        {
            new Dictionary<string, string> { ["If-None-Match"] = etag },
            new Dictionary<string, string> { ["If-None-Match"] = "*" },
            new Dictionary<string, string> { ["If-Modified-Since"] = first.Headers["Last-Modified"]! },
        })
        {
            var response = client.Get("/static/style.css", headers: headers);
            Assert.Equal(304, response.StatusCode);
            Assert.Equal(etag, response.Headers["ETag"]);
            Assert.Equal("no-cache", response.Headers["Cache-Control"]);
            Assert.Equal("inline; filename=style.css", response.Headers["Content-Disposition"]);
            Assert.Null(response.Headers["Last-Modified"]);
            Assert.Null(response.Headers["Content-Type"]);
            Assert.Equal("", response.Text);
        }
        Assert.Equal(200, client.Get("/static/style.css", headers: new Dictionary<string, string> { ["If-None-Match"] = "\"no-such-etag\"" }).StatusCode);
        Assert.Equal(200, client.Get("/static/style.css", headers: new Dictionary<string, string> { ["If-Modified-Since"] = "Thu, 01 Jan 1970 00:00:00 GMT" }).StatusCode);
    }

    [Fact]
    public void Ranges_answer_206_or_416()
    {
        using var client = App().Client();

        var head = client.Get("/static/notes.txt", headers: new Dictionary<string, string> { ["Range"] = "bytes=0-9" });
        Assert.Equal(206, head.StatusCode);
        Assert.Equal("bytes 0-9/130", head.Headers["Content-Range"]);
        Assert.Equal("bytes", head.Headers["Accept-Ranges"]);
        Assert.Equal("xxxxxxxxxx", head.Text);

        var tail = client.Get("/static/notes.txt", headers: new Dictionary<string, string> { ["Range"] = "bytes=-5" });
        Assert.Equal("bytes 125-129/130", tail.Headers["Content-Range"]);
        Assert.Equal(5, tail.Data.Length);

        var beyond = client.Get("/static/notes.txt", headers: new Dictionary<string, string> { ["Range"] = "bytes=500-600" });
        Assert.Equal(416, beyond.StatusCode);
        Assert.Equal("bytes */130", beyond.Headers["Content-Range"]);
    }

    [Theory]
    [InlineData("/static/nope.css")]
    [InlineData("/static/js/")]
    [InlineData("/static/js")]
    [InlineData("/static/")]
    [InlineData("/static/..%5capp.py")]
    [InlineData("/static/....//app.py")]
    // Dot segments are collapsed by HttpClient before they reach the app; BadInputTests sends them raw over Kestrel.
    public void Missing_files_and_traversal_are_404_through_the_apps_handler(string url)
    {
        using var client = App().Client();
        var response = client.Get(url);

        Assert.Equal(404, response.StatusCode);
        Assert.StartsWith("not found: /static/", response.Text);
        Assert.DoesNotContain("secret source", response.Text);
    }

    [Fact]
    public void Trailing_slash_after_a_file_name_still_serves_it()
    {
        using var client = App().Client();
        Assert.Equal(Css, client.Get("/static/style.css/").Text);
    }

    [Fact]
    public void Head_sends_headers_only_and_other_methods_are_405()
    {
        using var client = App().Client();
        var head = client.Head("/static/style.css");

        Assert.Equal(200, head.StatusCode);
        Assert.Equal("", head.Text);
        Assert.Equal(405, client.Post("/static/style.css").StatusCode);
        Assert.Equal(405, client.Delete("/static/style.css").StatusCode);
    }

    [Fact]
    public void Max_age_config_makes_responses_cacheable()
    {
        var app = App();
        app.Config["SEND_FILE_MAX_AGE_DEFAULT"] = 3600;
        using var client = app.Client();
        Assert.Equal("public, max-age=3600", client.Get("/static/style.css").Headers["Cache-Control"]);
    }
}
