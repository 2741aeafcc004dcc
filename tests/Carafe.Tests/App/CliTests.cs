using Carafe.Cli;

namespace Carafe.Tests.App;

public class CliTests
{
    [Fact]
    public async Task Routes_prints_the_table_as_flask_routes_does()
    {
        var app = TestApps.Create();
        app.Get("/", Index);
        app.Route("/login", Login, methods: ["GET", "POST"]);
        app.Get("/user/<username>", (string username) => username, endpoint: "show_user_profile");
        var output = new StringWriter();

        await CommandLine.RunAsync(app, ["routes"], output, CancellationToken.None);

        Assert.Equal(
            "Endpoint           Methods    Rule\n" +
            "-----------------  ---------  -----------------------\n" +
            "index              GET        /\n" +
            "login              GET, POST  /login\n" +
            "show_user_profile  GET        /user/<username>\n" +
            "static             GET        /static/<path:filename>\n",
            output.ToString());

        static string Index() => "index";
        static string Login() => "login";
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "No such command 'frobnicate'. Commands: extensions, routes, run (`--help` describes them).")]
    [InlineData(new[] { "--port", "http" }, "--port must be a number from 1 to 65535, not 'http'.")]
    public async Task Bad_command_lines_say_what_is_wrong(string[] args, string message)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => CommandLine.RunAsync(TestApps.Create(), args, TextWriter.Null, CancellationToken.None));
        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData("ShowUserProfile", "show_user_profile")]
    [InlineData("Index", "index")]
    [InlineData("GetHTTPStatus", "get_http_status")]
    [InlineData("Page2Item", "page2_item")]
    public void Endpoint_names_are_snake_case(string method, string endpoint)
    {
        Assert.Equal(endpoint, Scaffold.ToSnakeCase(method));
    }
}
