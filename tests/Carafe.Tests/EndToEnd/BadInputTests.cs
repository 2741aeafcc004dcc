using Carafe.Tests.App;

namespace Carafe.Tests.EndToEnd;

/// <summary>Malformed requests over a real socket: each gets the right 4xx, or is tolerated as Werkzeug tolerates it; never a 500 or a hang.</summary>
public class BadInputTests
{
    private static CarafeApp App()
    {
        var app = TestApps.Create(root =>
        {
            Directory.CreateDirectory(Path.Combine(root, "static"));
            File.WriteAllText(Path.Combine(root, "static", "style.css"), "css");
            File.WriteAllText(Path.Combine(root, "app.py"), "secret source");
        });
        app.Config["MAX_CONTENT_LENGTH"] = 65536;
        app.Get("/user/<username>", (string username) => $"User {username}");
        app.Get("/path/<path:p>", (string p) => $"Path {p}");
        app.Get("/args", (Request r) => r.Args.ToDictionary());
        app.Post("/form", (Request r) => r.Form.ToDictionary());
        app.Get("/headers", (Request r) => r.Headers.GetAll("X-Multi"));
        app.ErrorHandler(404, (Request r) => ($"not found: {r.Path}", 404));
        return app;
    }

    [Theory]
    [InlineData("/user/%zz", "User %zz")]
    [InlineData("/user/%", "User %")]
    [InlineData("/user/%ff", "User \ufffd")]
    [InlineData("/path/%C0%AE%C0%AE/x", "Path \ufffd\ufffd\ufffd\ufffd/x")]
    public async Task Bad_percent_encoding_in_the_path_is_tolerated(string target, string body)
    {
        await using var server = await KestrelServer.StartAsync(App());
        var response = await server.GetAsync(target);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(body, response.Body);
    }

    [Theory]
    [InlineData("/args?y=%ff", "{\"y\":\"\\ufffd\"}\n")]
    [InlineData("/args?a=%E2%82", "{\"a\":\"\\ufffd\"}\n")]
    [InlineData("/args?a=%zz", "{\"a\":\"%zz\"}\n")]
    public async Task Bad_percent_encoding_in_the_query_is_tolerated(string target, string body)
    {
        await using var server = await KestrelServer.StartAsync(App());
        Assert.Equal(body, (await server.GetAsync(target)).Body);
    }

    [Theory]
    [InlineData("/static/../app.py")]
    [InlineData("/static/%2e%2e/app.py")]
    [InlineData("/static/..%2fapp.py")]
    [InlineData("/static/..%5capp.py")]
    [InlineData("/static/js/../../app.py")]
    [InlineData("/static/....//app.py")]
    public async Task Traversal_out_of_the_static_folder_is_404_through_the_apps_handler(string target)
    {
        await using var server = await KestrelServer.StartAsync(App());
        var response = await server.GetAsync(target);

        Assert.Equal(404, response.StatusCode);
        Assert.StartsWith("not found: /static/", response.Body);
    }

    [Fact]
    public async Task Oversized_body_is_413_before_it_is_read()
    {
        await using var server = await KestrelServer.StartAsync(App());
        var response = await server.SendRawAsync(
            $"POST /form HTTP/1.1\r\nHost: {server.Address.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\nConnection: close\r\n\r\n");

        Assert.Equal(413, response.StatusCode);
        Assert.Contains("<title>413 Request Entity Too Large</title>", response.Body);
    }

    [Fact]
    public async Task Oversized_chunked_body_is_413_while_reading()
    {
        await using var server = await KestrelServer.StartAsync(App());
        var chunk = new string('a', 40000);
        var response = await server.SendRawAsync(
            $"POST /form HTTP/1.1\r\nHost: {server.Address.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
            $"{chunk.Length:x}\r\n{chunk}\r\n{chunk.Length:x}\r\n{chunk}\r\n0\r\n\r\n");

        Assert.Equal(413, response.StatusCode);
    }

    [Fact]
    public async Task Overlong_url_and_headers_are_refused_with_4xx()
    {
        await using var server = await KestrelServer.StartAsync(App());

        Assert.Equal(414, (await server.GetAsync("/user/" + new string('a', 20000))).StatusCode);
        Assert.Equal(431, (await server.GetAsync("/user/x", $"X-Big: {new string('b', 40000)}\r\n")).StatusCode);
    }

    [Fact]
    public async Task Repeated_headers_arrive_joined()
    {
        await using var server = await KestrelServer.StartAsync(App());
        Assert.Equal("[\"one,two\"]\n", (await server.GetAsync("/headers", "X-Multi: one\r\nX-Multi: two\r\n")).Body);
    }

    [Fact]
    public async Task Server_stays_healthy_after_bad_requests()
    {
        await using var server = await KestrelServer.StartAsync(App());
        await server.SendRawAsync("GARBAGE\r\n\r\n");
        await server.SendRawAsync($"GET /user/x HTTP/1.1\r\nHost: {server.Address.Authority}\r\nContent-Length: nope\r\nConnection: close\r\n\r\n");

        Assert.Equal("User ok", (await server.GetAsync("/user/ok")).Body);
    }
}
