using Carafe.Testing;

namespace Carafe.Plugins.Tests;

public class IsolationTests
{
    [Fact]
    public void TwoPluginsRunTwoMajorVersionsOfOneLibrary()
    {
        using var client = TestApps.Create("JsonOld", "JsonNew").TestClient();

        Assert.Equal("{\"newtonsoft\":\"12.0.0.0\"}", client.Get("/jsonold/version").Text);
        Assert.Equal("{\"newtonsoft\":\"13.0.0.0\"}", client.Get("/jsonnew/version").Text);
    }
}
