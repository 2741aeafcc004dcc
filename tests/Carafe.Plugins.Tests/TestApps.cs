using Carafe.Extensions;

namespace Carafe.Plugins.Tests;

/// <summary>Apps over this test's build output, whose plugins folder holds the test plugins.</summary>
internal static class TestApps
{
    /// <summary>An app in testing mode that loads only <paramref name="enabled"/> (all found, when none are named).</summary>
    public static CarafeApp Create(params string[] enabled)
    {
        var app = new CarafeApp();
        app.Config["TESTING"] = true;
        if (enabled.Length > 0)
        {
            app.Extensions.Options.Enabled = enabled;
        }
        return app;
    }

    public static ExtensionEntry Entry(CarafeApp app, string name) => app.Extensions.Entries.Single(e => e.Name == name);
}
