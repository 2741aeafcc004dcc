using Carafe.Extensions;
using Carafe.Testing;

namespace Carafe.Plugins.Tests;

public class DiscoveryErrorTests
{
    private static readonly string HelloDll = Path.Combine(AppContext.BaseDirectory, "plugins", "HelloExtension", "HelloExtension.dll");

    [Fact]
    public void ASecondExtensionWithTheSameNameIsRefused()
    {
        var app = TestApps.Create("HelloExtension");
        app.Extensions.Options.PluginAssemblies.Add(HelloDll);
        using var client = app.TestClient();

        Assert.Equal(
            [
                new ExtensionEntry("HelloExtension", "1.0.0", "plugins/HelloExtension", ExtensionState.Loaded, null),
                new ExtensionEntry("HelloExtension", "1.0.0", HelloDll, ExtensionState.Failed, "another extension named 'HelloExtension' is at plugins/HelloExtension"),
            ],
            app.Extensions.Entries.Where(e => e.Name == "HelloExtension"));
        Assert.Equal(200, client.Get("/helloextension/").StatusCode);
    }

    [Fact]
    public void APluginFolderWithoutItsDllIsReported()
    {
        var root = Directory.CreateTempSubdirectory("carafe-plugins-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "plugins", "Empty"));
            var app = new CarafeApp(rootPath: root);
            app.Extensions.Options.FindReferenced = false;
            app.Extensions.Load();

            Assert.Equal([new ExtensionEntry("Empty", null, "plugins/Empty", ExtensionState.Failed, "there is no Empty.dll in the folder")], app.Extensions.Entries);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void TheContractVersionAPluginWasBuiltAgainstIsReadWithoutLoadingIt()
    {
        Assert.Equal(new Version(0, 1, 0, 0), ExtensionMetadata.ReferencedContractVersion(HelloDll));
        Assert.Null(ExtensionMetadata.ReferencedContractVersion(Path.Combine(AppContext.BaseDirectory, "xunit.core.dll")));
    }

    [Fact]
    public void TheContractIsSharedWithPlugins()
    {
        var app = PluginTestHost.CreateApp(HelloDll);
        app.Extensions.Load();

        var pluginContract = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name == "Carafe.Abstractions" || a.GetName().Name == "Carafe.Templating")
            .Select(a => System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(a)!.Name)
            .Distinct();
        Assert.Equal(["Default"], pluginContract);
    }
}
