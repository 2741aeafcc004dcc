using Carafe.Extensions;
using Carafe.Testing;

namespace Carafe.Plugins.Tests;

public class VersionRefusalTests
{
    [Fact]
    public void APluginWhoseRangeExcludesTheContractIsRefusedNamingBothVersions()
    {
        var app = TestApps.Create("Future");
        using var client = app.TestClient();

        Assert.Equal(
            new ExtensionEntry("Future", "3.0.0", "plugins/FuturePlugin", ExtensionState.Failed,
                "it supports Carafe.Abstractions [0.2, 1.0) but the app has Carafe.Abstractions 0.1.0"),
            TestApps.Entry(app, "Future"));
        Assert.Equal(404, client.Get("/future/future").StatusCode);
    }
}
