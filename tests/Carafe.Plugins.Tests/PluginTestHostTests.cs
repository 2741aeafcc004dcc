using Carafe.Extensions;
using Carafe.Testing;

namespace Carafe.Plugins.Tests;

public class PluginTestHostTests
{
    private static readonly string HelloDll = Path.Combine(AppContext.BaseDirectory, "plugins", "HelloExtension", "HelloExtension.dll");

    [Fact]
    public void LoadsOneExtensionFromItsBuildOutputAsAPlugin()
    {
        var app = PluginTestHost.CreateApp(HelloDll);
        using var client = app.TestClient();

        Assert.Equal([new ExtensionEntry("HelloExtension", "1.0.0", HelloDll, ExtensionState.Loaded, null)], app.Extensions.Entries);
        Assert.Contains("<h1 class=\"hello\">Hello, World!</h1>", client.Get("/helloextension/").Text);
    }

    [Fact]
    public void SaysWhenTheExtensionIsNotBuilt()
    {
        var e = Assert.Throws<FileNotFoundException>(() => PluginTestHost.CreateApp("/nowhere/Missing.dll"));
        Assert.Equal("There is no plugin at /nowhere/Missing.dll: build the extension first (dotnet build).", e.Message);
    }
}
