using Microsoft.Extensions.DependencyInjection;
using static Carafe.Helpers;

namespace Carafe.Tests.App;

public class HookTests
{
    private static CarafeApp App(List<string> log)
    {
        var app = TestApps.Create();
        app.BeforeRequest((G g) => { g["user"] = "alice"; });
        app.BeforeRequest((Request request) => request.Args.ContainsKey("block") ? ("Blocked by before_request", 403) : (object?)null);
        app.AfterRequest((Response response) => { response.Headers["X-After-Request"] = "ran"; });
        app.TeardownRequest((Exception? e) => log.Add($"teardown exception: {e is not null}"));
        app.Get("/", (G g) => $"Hello {g["user"]}");
        app.Get("/current", () => $"{Current.Request.Path} {Current.G["user"]}");
        app.Get("/boom", string () => throw new InvalidOperationException());
        app.Get("/forbidden", () => Abort(403));
        app.Get("/projects/", () => "projects");
        return app;
    }

    [Fact]
    public void Before_request_sets_g_for_the_view_and_after_request_runs()
    {
        var log = new List<string>();
        using var client = App(log).Client();
        var response = client.Get("/");

        Assert.Equal("Hello alice", response.Text);
        Assert.Equal("ran", response.Headers["X-After-Request"]);
        Assert.Equal("/current alice", client.Get("/current").Text);
    }

    [Fact]
    public void Before_request_returning_a_value_short_circuits_and_after_request_still_runs()
    {
        var log = new List<string>();
        using var client = App(log).Client();
        var response = client.Get("/?block=1");

        Assert.Equal(403, response.StatusCode);
        Assert.Equal("Blocked by before_request", response.Text);
        Assert.Equal("ran", response.Headers["X-After-Request"]);
    }

    [Theory]
    [InlineData("GET", "/nowhere", 404)]
    [InlineData("POST", "/", 405)]
    [InlineData("GET", "/projects", 308)]
    [InlineData("GET", "/forbidden", 403)]
    [InlineData("GET", "/boom", 500)]
    public void After_request_runs_on_routing_errors_redirects_and_error_pages(string method, string url, int status)
    {
        var log = new List<string>();
        using var client = App(log).Client();
        var response = client.Open(method, url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("ran", response.Headers["X-After-Request"]);
    }

    [Fact]
    public void Teardown_sees_only_unhandled_exceptions()
    {
        var log = new List<string>();
        using var client = App(log).Client();
        client.Get("/boom");
        client.Get("/forbidden");
        client.Get("/");

        Assert.Equal(["teardown exception: True", "teardown exception: False", "teardown exception: False"], log);
    }

    [Fact]
    public void After_request_hooks_run_in_reverse_order_of_registration()
    {
        var app = TestApps.Create();
        app.AfterRequest((Response r) => { r.Headers.Add("X-Order", "first registered"); });
        app.AfterRequest((Response r) => { r.Headers.Add("X-Order", "second registered"); });
        app.Get("/", () => "ok");
        using var client = app.Client();

        Assert.Equal(["second registered", "first registered"], client.Get("/").Headers.GetAll("X-Order"));
    }

    [Fact]
    public void Setup_after_start_is_refused_with_a_reason()
    {
        var app = TestApps.Create();
        app.Get("/", () => "ok");
        using var client = app.Client();

        var error = Assert.Throws<InvalidOperationException>(() => app.Get("/late", () => "late"));
        Assert.StartsWith("The setup method 'Route' can no longer be called on the application.", error.Message);
    }

    [Fact]
    public void Views_receive_di_services()
    {
        var app = TestApps.Create();
        app.Services.AddSingleton(new Greeter("Bonjour"));
        app.Get("/<name>", (string name, Greeter greeter) => $"{greeter.Word} {name}");
        using var client = app.Client();

        Assert.Equal("Bonjour Ana", client.Get("/Ana").Text);
    }

    public sealed record Greeter(string Word);
}
