using System.Text.RegularExpressions;
using Carafe.Extensions;
using Carafe.Templating;
using Carafe.Testing;

namespace Carafe.Ajax.Tests;

/// <summary>The extension dropped in as a plugin, loaded from its build output in its own load context.</summary>
public partial class AjaxPluginTests
{
    private static readonly string AjaxDll = PluginTestHost.BuildOutputOf("../Carafe.Ajax", "Carafe.Ajax");

    private static CarafeApp PluginApp()
    {
        var app = PluginTestHost.CreateApp(AjaxDll);
        app.Config["SECRET_KEY"] = "plugin";
        app.AddTemplateLoader(new DictLoader(new Dictionary<string, string> { ["page.html"] = "<head>{{ ajax_js() }}</head>" }));
        app.Get("/page", () => Helpers.RenderTemplate("page.html"), endpoint: "page");
        return app;
    }

    [Fact]
    public void Loads_as_a_plugin_and_serves_its_client_script()
    {
        var app = PluginApp();
        using var client = app.TestClient();

        var script = client.Get("/ajax/static/carafe-ajax.js");

        Assert.Equal([new ExtensionEntry("Ajax", "0.1.0", AjaxDll, ExtensionState.Loaded, null)], app.Extensions.Entries);
        Assert.Equal(200, script.StatusCode);
        Assert.StartsWith("text/javascript", script.ContentType);
        Assert.Contains("window.Carafe.Ajax = ajax;", script.Text);
    }

    [Fact]
    public void Gives_every_template_the_script_element_with_the_request_uri_and_a_csrf_token()
    {
        using var client = PluginApp().TestClient();

        var page = client.Get("/page?x=1&y=<2>").Text;

        Assert.Matches(ScriptElement(), page);
        Assert.Contains("data-request-uri=\"/page?x=1&amp;y=%3C2%3E\"", page);
    }

    [GeneratedRegex("""^<head><script src="/ajax/static/carafe-ajax\.js" data-request-uri="[^"]+" data-csrf-token="[A-Za-z0-9._-]+"></script></head>$""")]
    private static partial Regex ScriptElement();
}
