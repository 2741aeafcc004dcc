using Carafe.Testing;
using static Carafe.Helpers;

namespace Carafe.Tests.App;

public class BlueprintTests
{
    private static CarafeApp App(List<string> log)
    {
        var app = TestApps.Create(root =>
        {
            Directory.CreateDirectory(Path.Combine(root, "admin_static"));
            File.WriteAllText(Path.Combine(root, "admin_static", "admin.css"), "admin");
        });
        var admin = new Blueprint("admin", urlPrefix: "/admin", staticFolder: "admin_static", rootPath: app.RootPath);
        admin.Get("/", () => "admin home", endpoint: "home");
        admin.Get("/users/<int:id>", (int id) => $"user {id} at {UrlFor(".home")} and {UrlFor("index")}", endpoint: "user");
        admin.BeforeRequest(() => { log.Add("admin before"); });
        admin.ErrorHandler(404, () => ("admin not found", 404));
        app.BeforeRequest(() => { log.Add("app before"); });
        app.Get("/", () => "index", endpoint: "index");
        app.RegisterBlueprint(admin);
        return app;
    }

    [Fact]
    public void Routes_are_mounted_under_the_prefix_with_dotted_endpoints()
    {
        var log = new List<string>();
        var app = App(log);
        using var client = app.Client();

        Assert.Equal("admin home", client.Get("/admin/").Text);
        Assert.Equal("user 3 at /admin/ and /", client.Get("/admin/users/3").Text);
        using var context = app.TestRequestContext();
        Assert.Equal("/admin/users/4", UrlFor("admin.user", new { id = 4 }));
        Assert.Equal("/admin/admin_static/admin.css", UrlFor("admin.static", new { filename = "admin.css" }));
    }

    [Fact]
    public void Blueprint_hooks_run_only_for_its_requests_after_the_apps()
    {
        var log = new List<string>();
        using var client = App(log).Client();

        client.Get("/admin/");
        Assert.Equal(["app before", "admin before"], log);
        log.Clear();
        client.Get("/");
        Assert.Equal(["app before"], log);
    }

    [Fact]
    public void Blueprint_static_files_are_served()
    {
        using var client = App([]).Client();
        Assert.Equal("admin", client.Get("/admin/admin_static/admin.css").Text);
    }

    [Fact]
    public void Blueprint_error_handler_handles_its_own_errors()
    {
        var app = TestApps.Create();
        var api = new Blueprint("api", urlPrefix: "/api");
        api.Get("/missing", () => Abort(404), endpoint: "missing");
        api.ErrorHandler(404, () => ("api not found", 404));
        app.ErrorHandler(404, () => ("app not found", 404));
        app.RegisterBlueprint(api);
        using var client = app.Client();

        Assert.Equal("api not found", client.Get("/api/missing").Text);
        Assert.Equal("app not found", client.Get("/nowhere").Text);
    }

    [Fact]
    public void Duplicate_names_and_late_setup_are_refused()
    {
        var app = TestApps.Create();
        var first = new Blueprint("shop");
        app.RegisterBlueprint(first);

        Assert.Throws<ArgumentException>(() => app.RegisterBlueprint(new Blueprint("shop")));
        Assert.Throws<InvalidOperationException>(() => first.Get("/late", () => "late"));
        Assert.Throws<ArgumentException>(() => new Blueprint("a.b"));
    }
}
