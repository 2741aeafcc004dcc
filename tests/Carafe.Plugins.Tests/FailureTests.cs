using Carafe.Extensions;
using Carafe.Templating;
using Carafe.Testing;

namespace Carafe.Plugins.Tests;

public class FailureTests
{
    private const string Reason = "it threw InvalidOperationException: FAULTY_SERVER is not configured";

    [Fact]
    public void AThrowingPluginIsReportedAndLeavesNothingBehind()
    {
        var app = TestApps.Create("Faulty");
        app.Get("/", () => "the app");
        app.Get("/filter", () => Helpers.RenderTemplateString("{{ 1|faulty }}"));
        using var client = app.TestClient();

        Assert.Equal(new ExtensionEntry("Faulty", "0.1.0", "plugins/Faulty", ExtensionState.Failed, Reason), TestApps.Entry(app, "Faulty"));
        Assert.Equal("the app", client.Get("/").Text);
        Assert.Equal(404, client.Get("/faulty/").StatusCode);
        Assert.DoesNotContain(app.Services, s => s.ServiceType.Name == "FaultyService");
        Assert.Empty(app.Blueprints);
        Assert.Equal("No filter named 'faulty'.", Assert.Throws<TemplateSyntaxException>(() => client.Get("/filter")).Message.Split('\n')[0]);
    }

    [Fact]
    public void AnExtensionWhoseDependencyThrowsIsReportedNamingIt()
    {
        var app = TestApps.Create("Faulty", "Dependent");
        app.Get("/", () => "the app");
        using var client = app.TestClient();

        Assert.Equal(new ExtensionEntry("Faulty", "0.1.0", "plugins/Faulty", ExtensionState.Failed, Reason), TestApps.Entry(app, "Faulty"));
        Assert.Equal(
            new ExtensionEntry("Dependent", "1.0.0", "plugins/Dependent", ExtensionState.Failed, "needs 'Faulty', which failed"),
            TestApps.Entry(app, "Dependent"));
        Assert.Equal("the app", client.Get("/").Text);
        Assert.Equal(404, client.Get("/dependent/").StatusCode);
    }

    [Fact]
    public void AStrictAppRefusesToStartWhenADependencyThrows()
    {
        var app = TestApps.Create("Faulty", "Dependent");
        app.Extensions.Options.Strict = true;

        var e = Assert.Throws<ExtensionLoadException>(() => app.TestClient());

        Assert.Equal(
            "Extensions failed and Extensions:Strict is set: " +
            $"Dependent (plugins/Dependent): needs 'Faulty', which failed; Faulty (plugins/Faulty): {Reason}",
            e.Message);
        Assert.Equal(["Dependent", "Faulty"], e.Failed.Select(f => f.Name));
    }

    [Fact]
    public void AStrictAppRefusesToStart()
    {
        var app = TestApps.Create("Faulty", "HelloExtension");
        app.Extensions.Options.Strict = true;

        var e = Assert.Throws<ExtensionLoadException>(() => app.TestClient());

        Assert.Equal($"Extensions failed and Extensions:Strict is set: Faulty (plugins/Faulty): {Reason}", e.Message);
    }
}
