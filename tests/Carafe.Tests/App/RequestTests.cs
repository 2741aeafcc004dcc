namespace Carafe.Tests.App;

public class RequestTests
{
    private static CarafeApp App()
    {
        var app = TestApps.Create();
        app.Route("/req/info", (Request r) => new Dictionary<string, object?>
        {
            ["method"] = r.Method,
            ["path"] = r.Path,
            ["full_path"] = r.FullPath,
            ["url"] = r.Url,
            ["base_url"] = r.BaseUrl,
            ["url_root"] = r.UrlRoot,
            ["host"] = r.Host,
            ["mimetype"] = r.Mimetype,
            ["args"] = r.Args.ToDictionary(),
            ["a_list"] = r.Args.GetList("a"),
        }, methods: ["GET", "POST"], endpoint: "info");
        app.Get("/req/info/<path:rest>", (Request r) => new Dictionary<string, object?> { ["path"] = r.Path, ["url"] = r.Url });
        app.Get("/args", (Request r) => new Dictionary<string, object?> { ["args"] = r.Args.ToDictionary(), ["page"] = r.Args.Get("page", 1) });
        app.Get("/required", (Request r) => r.Args["x"]);
        app.Post("/form", (Request r) => new Dictionary<string, object?> { ["form"] = r.Form.ToDictionary(), ["data"] = r.GetDataAsText() });
        app.Post("/json", (Request r) => new Dictionary<string, object?> { ["json"] = r.GetJson() });
        app.Post("/json/silent", (Request r) => new Dictionary<string, object?> { ["json"] = r.GetJson(silent: true) });
        app.Post("/json/force", (Request r) => new Dictionary<string, object?> { ["json"] = r.GetJson(force: true) });
        app.Get("/headers", (Request r) => r.Headers.GetAll("X-Multi"));
        app.Get("/user/<username>", (string username) => $"User {username}");
        return app;
    }

    [Fact]
    public void Url_parts_match_werkzeug()
    {
        using var client = App().Client();
        var info = client.Get("/req/info?a=1&b=%20x&a=2").Text;

        Assert.Equal(
            "{\"a_list\":[\"1\",\"2\"],\"args\":{\"a\":\"1\",\"b\":\" x\"},\"base_url\":\"http://localhost/req/info\"," +
            "\"full_path\":\"/req/info?a=1&b=%20x&a=2\",\"host\":\"localhost\",\"method\":\"GET\",\"mimetype\":\"\"," +
            "\"path\":\"/req/info\",\"url\":\"http://localhost/req/info?a=1&b=%20x&a=2\",\"url_root\":\"http://localhost/\"}\n",
            info);
        Assert.Contains("\"full_path\":\"/req/info?\"", client.Get("/req/info").Text);
    }

    [Fact]
    public void Path_is_decoded_while_url_requotes_it()
    {
        using var client = App().Client();
        Assert.Equal("{\"path\":\"/req/info/deep/er path\",\"url\":\"http://localhost/req/info/deep/er%20path\"}\n", client.Get("/req/info/deep/er%20path").Text);
    }

    [Fact]
    public void Query_parsing_follows_werkzeug()
    {
        using var client = App().Client();

        Assert.Equal("{\"args\":{\"a b\":\"c d\"},\"page\":1}\n", client.Get("/args?a+b=c+d").Text);
        Assert.Equal("{\"args\":{\"\":\"emptykey\",\"novalue\":\"\"},\"page\":1}\n", client.Get("/args?novalue&=emptykey").Text);
        Assert.Equal("{\"args\":{\"x\":\"1;y=2\"},\"page\":1}\n", client.Get("/args?x=1;y=2").Text);
        Assert.Equal("{\"args\":{\"page\":\"abc\"},\"page\":1}\n", client.Get("/args?page=abc").Text);
        Assert.Equal("{\"args\":{\"page\":\"3\"},\"page\":3}\n", client.Get("/args?page=3").Text);
    }

    [Fact]
    public void Missing_argument_through_the_indexer_is_400()
    {
        using var client = App().Client();
        var response = client.Get("/required");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(TestApps.BadRequestPage, response.Text);
        Assert.Equal("given", client.Get("/required?x=given").Text);
    }

    [Fact]
    public void Urlencoded_form_is_parsed_and_the_raw_data_kept()
    {
        using var client = App().Client();
        Assert.Equal("{\"data\":\"a=1&b=2\",\"form\":{\"a\":\"1\",\"b\":\"2\"}}\n", client.Post("/form", data: "a=1&b=2", contentType: "application/x-www-form-urlencoded").Text);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json")]
    public void Form_is_empty_for_other_content_types(string contentType)
    {
        using var client = App().Client();
        Assert.Equal("{\"data\":\"a=1\",\"form\":{}}\n", client.Post("/form", data: "a=1", contentType: contentType).Text);
    }

    [Fact]
    public void Json_body_is_parsed()
    {
        using var client = App().Client();
        Assert.Equal("{\"json\":{\"a\":[1,2.5,null,true]}}\n", client.Post("/json", json: new Dictionary<string, object?> { ["a"] = new object?[] { 1, 2.5, null, true } }).Text);
        Assert.Equal("{\"json\":{\"x\":1}}\n", client.Post("/json", data: "{\"x\": 1}", contentType: "application/json; charset=utf-8").Text);
        Assert.Equal("{\"json\":{\"x\":1}}\n", client.Post("/json", data: "{\"x\": 1}", contentType: "application/vnd.api+json").Text);
    }

    [Theory]
    [InlineData("{bad json", "application/json")]
    [InlineData("", "application/json")]
    [InlineData("{\"x\": 1}", "text/plain")]
    [InlineData("x=1", "application/x-www-form-urlencoded")]
    public void Bad_or_undeclared_json_is_400_unless_silent(string body, string contentType)
    {
        using var client = App().Client();
        var response = client.Post("/json", data: body, contentType: contentType);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(TestApps.BadRequestPage, response.Text);
        Assert.Equal("{\"json\":null}\n", client.Post("/json/silent", data: body, contentType: contentType).Text);
    }

    [Fact]
    public void Forced_json_parses_a_text_plain_body()
    {
        using var client = App().Client();
        Assert.Equal("{\"json\":{\"x\":1}}\n", client.Post("/json/force", data: "{\"x\": 1}", contentType: "text/plain").Text);
    }

    [Fact]
    public void Percent_encoded_slash_is_decoded_before_routing()
    {
        using var client = App().Client();
        Assert.Equal(404, client.Get("/user/a%2Fb").StatusCode);
        Assert.Equal("User John Doe", client.Get("/user/John%20Doe").Text);
    }
}
