using Carafe.Testing;
using Flaskr.Tests.Support;

namespace Flaskr.Tests;

/// <summary>Flask's tutorial test_factory.py.</summary>
public sealed class FactoryTests
{
    [Fact]
    public void Config()
    {
        Assert.False(FlaskrApp.Create().Testing);
        Assert.True(FlaskrApp.Create(testConfig: new Dictionary<string, object?> { ["TESTING"] = true }).Testing);
    }

    [Fact]
    public void Hello()
    {
        using var flaskr = new TestFlaskr(seed: false);
        var response = flaskr.Client.Get("/hello");
        Assert.Equal("Hello, World!", response.Text);
    }
}
