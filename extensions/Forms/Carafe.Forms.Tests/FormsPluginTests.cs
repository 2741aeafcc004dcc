using Carafe.Extensions;
using Carafe.Templating;
using Carafe.Testing;

namespace Carafe.Forms.Tests;

/// <summary>The extension dropped in as a plugin, loaded from its build output in its own load context.</summary>
public class FormsPluginTests
{
    private static readonly string FormsDll = PluginTestHost.BuildOutputOf("../Carafe.Forms", "Carafe.Forms");

    private static CarafeApp PluginApp()
    {
        var app = PluginTestHost.CreateApp(FormsDll);
        app.Config["SECRET_KEY"] = "plugin-secret";
        app.AddTemplateLoader(new DictLoader(new Dictionary<string, string>
        {
            ["comment.html"] = """<form method="post"><input type="hidden" name="csrf_token" value="{{ csrf_token() }}"></form>""",
        }));
        app.Route("/comment", (Request request, IViewHelpers views) => request.Method == "POST" ? "saved" : views.RenderTemplate("comment.html"),
            methods: ["GET", "POST"], endpoint: "comment");
        return app;
    }

    [Fact]
    public void Loads_as_a_plugin_and_protects_every_post()
    {
        var app = PluginApp();
        using var client = app.TestClient();

        var refused = client.Post("/comment");
        var token = Support.FormsApp.TokenIn(client.Get("/comment").Text);
        var accepted = client.Post("/comment", form: new { csrf_token = token });

        Assert.Equal([new ExtensionEntry("Forms", "0.1.0", FormsDll, ExtensionState.Loaded, null)], app.Extensions.Entries);
        Assert.Equal(400, refused.StatusCode);
        Assert.Contains("The CSRF token is missing.", refused.Text);
        Assert.Equal("saved", accepted.Text);
    }

    [Fact]
    public void Its_macros_are_served_to_the_apps_templates()
    {
        var app = PluginApp();
        app.Get("/macros", (IViewHelpers views) => views.RenderTemplateString("""{% import "forms/macros.html" as forms %}{{ forms.render_field is defined }}"""), endpoint: "macros");
        using var client = app.TestClient();

        Assert.Equal("True", client.Get("/macros").Text);
    }
}
