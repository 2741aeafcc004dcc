using Carafe;
using Carafe.Extensions;
using Carafe.Testing;

namespace GreetingExtension.Tests;

/// <summary>The extension loaded from its build output as a drop-in plugin, in its own load context.</summary>
public class GreetingPluginTests
{
    // bin/<Configuration>/<framework>/ of this project, mirrored in the extension's project.
    private static readonly string PluginDll = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..",
        "src", "GreetingExtension", "bin", new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name,
        new DirectoryInfo(AppContext.BaseDirectory).Name, "GreetingExtension.dll"));

    private static CarafeApp App() => PluginTestHost.CreateApp(PluginDll);

    [Fact]
    public void It_loads_as_a_plugin()
    {
        var app = App();
        using var client = app.TestClient();
        client.Get("/");

        Assert.Equal([new ExtensionEntry("GreetingExtension", "0.1.0", PluginDll, ExtensionState.Loaded, null)], app.Extensions.Entries);
    }

    [Fact]
    public void Its_page_renders_the_embedded_template_with_the_filter()
    {
        using var client = App().TestClient();
        var page = client.Get("/greetingextension/Ann");

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("<h1>Hello, Ann!</h1>", page.Text);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/greetingextension/static/greeting.css\">", page.Text);
    }

    [Fact]
    public void Its_stylesheet_is_served_from_the_assembly()
    {
        using var client = App().TestClient();
        var css = client.Get("/greetingextension/static/greeting.css");

        Assert.Equal(200, css.StatusCode);
        Assert.Equal("h1 { color: #5a3e2b; }\n", css.Text);
    }

    [Fact]
    public void The_greeting_word_comes_from_the_apps_config()
    {
        var app = App();
        app.Config["GREETING_WORD"] = "Bonjour";
        using var client = app.TestClient();

        Assert.Contains("<h1>Bonjour, Ann!</h1>", client.Get("/greetingextension/Ann").Text);
    }
}
