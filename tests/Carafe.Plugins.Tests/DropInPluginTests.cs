using Carafe.Extensions;
using Carafe.Testing;

namespace Carafe.Plugins.Tests;

public class DropInPluginTests
{
    [Fact]
    public void IsLoadedFromThePluginsFolder()
    {
        var app = TestApps.Create("Hello");
        using var client = app.TestClient();

        Assert.Equal(new ExtensionEntry("Hello", "1.0.0", "plugins/HelloExtension", ExtensionState.Loaded, null), TestApps.Entry(app, "Hello"));
        Assert.Equal(
            "<!doctype html>\n<title>Hello extension</title>\n<link rel=\"stylesheet\" href=\"/hello/static/hello.css\">\n<h1 class=\"hello\">Hello, Ann!</h1>",
            client.Get("/hello/Ann").Text);
    }

    [Fact]
    public void ServesItsEmbeddedStaticFiles()
    {
        using var client = TestApps.Create("Hello").TestClient();

        var response = client.Get("/hello/static/hello.css");
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("text/css; charset=utf-8", response.ContentType);
        Assert.Equal(".hello { color: teal; }\n", response.Text);
        Assert.Equal(404, client.Get("/hello/static/missing.css").StatusCode);
    }

    [Fact]
    public void ItsFilterWorksInTheAppsTemplates()
    {
        var app = TestApps.Create("Hello");
        app.Config["HELLO_GREETING"] = "Bonjour";
        app.Get("/", () => Helpers.RenderTemplateString("{{ 'Zoé'|hello }}"));
        using var client = app.TestClient();

        Assert.Equal("Bonjour, Zoé!", client.Get("/").Text);
    }

    [Fact]
    public void ADisabledPluginIsListedButNotInitialised()
    {
        var app = TestApps.Create("Greeter");
        using var client = app.TestClient();

        Assert.Equal(new ExtensionEntry("Hello", "1.0.0", "plugins/HelloExtension", ExtensionState.Disabled, null), TestApps.Entry(app, "Hello"));
        Assert.Equal(404, client.Get("/hello/").StatusCode);
    }
}
