using Carafe.Extensions;
using Carafe.Testing;

namespace Carafe.Plugins.Tests;

public class DropInPluginTests
{
    [Fact]
    public void IsLoadedFromThePluginsFolder()
    {
        var app = TestApps.Create("HelloExtension");
        using var client = app.TestClient();

        Assert.Equal(new ExtensionEntry("HelloExtension", "1.0.0", "plugins/HelloExtension", ExtensionState.Loaded, null), TestApps.Entry(app, "HelloExtension"));
        Assert.Equal(
            "<!doctype html>\n<title>Hello extension</title>\n<link rel=\"stylesheet\" href=\"/helloextension/static/hello.css\">\n<h1 class=\"hello\">Hello, Ann!</h1>",
            client.Get("/helloextension/Ann").Text);
    }

    [Fact]
    public void ServesItsEmbeddedStaticFiles()
    {
        using var client = TestApps.Create("HelloExtension").TestClient();

        var response = client.Get("/helloextension/static/hello.css");
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("text/css; charset=utf-8", response.ContentType);
        Assert.Equal(".hello { color: teal; }\n", response.Text);
        Assert.Equal(404, client.Get("/helloextension/static/missing.css").StatusCode);
    }

    [Fact]
    public void ItsFilterWorksInTheAppsTemplates()
    {
        var app = TestApps.Create("HelloExtension");
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

        Assert.Equal(new ExtensionEntry("HelloExtension", "1.0.0", "plugins/HelloExtension", ExtensionState.Disabled, null), TestApps.Entry(app, "HelloExtension"));
        Assert.Equal(404, client.Get("/helloextension/").StatusCode);
    }
}
