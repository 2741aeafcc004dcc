using Carafe.Extensions;
using Carafe.Testing;

namespace Carafe.Plugins.Tests;

public class ReferencedExtensionTests
{
    [Fact]
    public void IsFoundByItsAssemblyAttributeAndInitialised()
    {
        var app = TestApps.Create("Greeter");
        using var client = app.TestClient();

        Assert.Equal(new ExtensionEntry("Greeter", "2.1.0", "reference", ExtensionState.Loaded, null), TestApps.Entry(app, "Greeter"));
        var response = client.Get("/greeter/greet/Ann");
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("Hi, Ann", response.Text);
        Assert.Equal("on", response.Headers["X-Greeter"]);
    }

    [Fact]
    public void AddsTemplateFiltersGlobalsAndTests()
    {
        var app = TestApps.Create("Greeter");
        app.Get("/", () => Helpers.RenderTemplateString("{{ 'hey'|shout }} {{ greeter_version }} {{ 'Hi there' is greeting }}"));
        using var client = app.TestClient();

        Assert.Equal("HEY! 2.1.0 True", client.Get("/").Text);
    }

    [Fact]
    public async Task AddsACommand()
    {
        var app = new CarafeApp(["greet", "Ann", "Bo"]);
        app.Extensions.Options.Enabled = ["Greeter"];
        var output = new StringWriter();

        await Cli.CommandLine.RunAsync(app, ["greet", "Ann", "Bo"], output, CancellationToken.None);

        Assert.Equal("Hi, Ann\nHi, Bo\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
