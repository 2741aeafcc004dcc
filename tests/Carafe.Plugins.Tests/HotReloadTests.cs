using Carafe.Extensions;
using Carafe.Routing;
using Carafe.Testing;

namespace Carafe.Plugins.Tests;

/// <summary>
/// A plugin replaced in a running app's plugins folder, as a rebuild does: the builds of the
/// Reloadable test plugin are copied over each other in a temporary app's <c>plugins/Reloadable/</c>.
/// </summary>
public sealed class HotReloadTests : IDisposable
{
    private const string Source = "plugins/Reloadable";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("carafe-reload-");

    [Fact]
    public async Task ARebuiltPluginReplacesTheRunningVersionAndABrokenOneLeavesItServing()
    {
        Install(1);
        var app = CreateApp();
        app.Config["DEBUG"] = true;
        app.Get("/edition", () => Helpers.RenderTemplateString("{{ 'app'|edition }} {{ reloadable_version }}"));
        var inFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.Get("/in-flight", async () =>
        {
            inFlight.SetResult();
            await release.Task;
            return Helpers.UrlFor("Reloadable.old");
        });
        app.Get("/url-of-old", () => Helpers.UrlFor("Reloadable.old"));
        app.Get("/template", () => Helpers.RenderTemplate("reloadable.txt"));
        using var client = app.TestClient();

        var first = client.Get("/reloadable/");
        Assert.Equal("version 1.0.0", first.Text);
        Assert.Equal("1.0.0", first.Headers["X-Reloadable"]);
        Assert.Equal("only in version 1", client.Get("/reloadable/old").Text);
        Assert.Equal("app, edition 1.0.0 1.0.0", client.Get("/edition").Text);
        Assert.Equal("template of version 1.0.0", client.Get("/template").Text);
        Assert.Equal("HEY", client.Get("/reloadable/shout/hey").Text);
        Assert.Equal("Prints version 1.0.0", app.Commands["reloadable"].Description);
        Assert.Equal(new ExtensionEntry("Reloadable", "1.0.0", Source, ExtensionState.Loaded, null), Entry(app));

        // A request that began on version 1 finishes on it, though version 2 arrives meanwhile.
        var held = client.OpenAsync("GET", "/in-flight");
        await inFlight.Task;
        Install(2);
        WaitFor(() => client.Get("/reloadable/").Text == "version 2.0.0");
        release.SetResult();
        Assert.Equal("/reloadable/old", (await held).Text);

        Assert.Equal("2.0.0", client.Get("/reloadable/").Headers["X-Reloadable"]);
        Assert.Equal(404, client.Get("/reloadable/old").StatusCode);
        Assert.Equal("only from version 2", client.Get("/reloadable/new").Text);
        Assert.Equal("app, edition 2.0.0 2.0.0", client.Get("/edition").Text);
        Assert.Equal("template of version 2.0.0", client.Get("/template").Text);
        Assert.Equal(404, client.Get("/reloadable/shout/hey").StatusCode);
        Assert.DoesNotContain("shout", app.Converters.Names);
        Assert.Equal("Prints version 2.0.0", app.Commands["reloadable"].Description);
        Assert.Throws<BuildException>(() => client.Get("/url-of-old"));
        Assert.Equal(new ExtensionEntry("Reloadable", "2.0.0", Source, ExtensionState.Loaded, null), Entry(app));

        Install(3);
        WaitFor(() => Entry(app).ReloadError is not null);
        Assert.Equal(
            new ExtensionEntry("Reloadable", "2.0.0", Source, ExtensionState.Loaded, null, "it threw InvalidOperationException: version 3 is broken"),
            Entry(app));
        Assert.Equal("version 2.0.0", client.Get("/reloadable/").Text);
        Assert.Equal("only from version 2", client.Get("/reloadable/new").Text);
        Assert.Equal("app, edition 2.0.0 2.0.0", client.Get("/edition").Text);
        Assert.Contains(
            "Reloadable  2.0.0    plugins/Reloadable  loaded (reload failed: it threw InvalidOperationException: version 3 is broken)\n",
            ExtensionsTable.Format(app));
    }

    [Fact]
    public void APluginThatRegistersServicesKeepsServingUntilTheAppRestarts()
    {
        Install(2);
        var app = CreateApp();
        app.Config["EXTENSIONS_HOT_RELOAD"] = true;
        using var client = app.TestClient();
        Assert.Equal("version 2.0.0", client.Get("/reloadable/").Text);

        Install(4);
        WaitFor(() => Entry(app).ReloadError is not null);

        Assert.Equal(
            new ExtensionEntry("Reloadable", "2.0.0", Source, ExtensionState.Loaded, null,
                "it registers services, which a running app cannot replace; restart the app to load version 4.0.0"),
            Entry(app));
        Assert.Equal("version 2.0.0", client.Get("/reloadable/").Text);
    }

    [Fact]
    public void AVersionTheAppCannotCompileIsTakenOutAgainWhole()
    {
        Install(2);
        var app = CreateApp();
        app.Config["EXTENSIONS_HOT_RELOAD"] = true;
        using var client = app.TestClient();

        Install(5);
        WaitFor(() => Entry(app).ReloadError is not null);
        Assert.Equal(
            "it threw InvalidOperationException: View function mapping is overwriting an existing endpoint function: Reloadable.index",
            Entry(app).ReloadError);
        Assert.Equal("version 2.0.0", client.Get("/reloadable/").Text);

        // Version 2's registrations were put back as they were: version 1 replaces them cleanly.
        Install(1);
        WaitFor(() => Entry(app).Version == "1.0.0");
        Assert.Equal("version 1.0.0", client.Get("/reloadable/").Text);
        Assert.Equal(404, client.Get("/reloadable/new").StatusCode);
        Assert.Equal(new ExtensionEntry("Reloadable", "1.0.0", Source, ExtensionState.Loaded, null), Entry(app));
    }

    [Fact]
    public void APluginThatFailedAtStartIsLoadedOnceFixed()
    {
        Install(3);
        var app = CreateApp();
        app.Config["EXTENSIONS_HOT_RELOAD"] = true;
        using var client = app.TestClient();
        Assert.Equal(
            new ExtensionEntry("Reloadable", "3.0.0", Source, ExtensionState.Failed, "it threw InvalidOperationException: version 3 is broken"),
            Entry(app));
        Assert.Equal(404, client.Get("/reloadable/").StatusCode);

        Install(2);
        WaitFor(() => Entry(app).State == ExtensionState.Loaded);

        Assert.Equal(new ExtensionEntry("Reloadable", "2.0.0", Source, ExtensionState.Loaded, null), Entry(app));
        Assert.Equal("version 2.0.0", client.Get("/reloadable/").Text);
    }

    [Theory]
    [InlineData(null, false, false)]
    [InlineData(null, true, true)]
    [InlineData(false, true, false)]
    [InlineData(true, false, true)]
    public void HotReloadFollowsDebugUnlessTurnedOnOrOff(bool? setting, bool debug, bool expected)
    {
        var app = CreateApp();
        app.Config["DEBUG"] = debug;
        if (setting is { } value)
        {
            app.Config["EXTENSIONS_HOT_RELOAD"] = value;
        }

        Assert.Equal(expected, app.Extensions.HotReload);
    }

    public void Dispose() => _root.Delete(recursive: true);

    private CarafeApp CreateApp()
    {
        var app = new CarafeApp(rootPath: _root.FullName);
        app.Config["TESTING"] = true;
        app.Extensions.Options.FindReferenced = false;
        return app;
    }

    /// <summary>Copies build <paramref name="version"/> over the plugin's files, the dll last, as a build writes them.</summary>
    private void Install(int version)
    {
        var build = Path.Combine(AppContext.BaseDirectory, "reloadable", $"v{version}", $"ReloadableV{version}");
        var folder = Directory.CreateDirectory(Path.Combine(_root.FullName, "plugins", "Reloadable"));
        foreach (var file in Directory.GetFiles(build).OrderBy(f => f.EndsWith(".dll", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)), overwrite: true);
        }
    }

    private static ExtensionEntry Entry(CarafeApp app) => TestApps.Entry(app, "Reloadable");

    /// <summary>Polls until <paramref name="condition"/> holds: the reload happens on its own thread, after the files settle.</summary>
    private static void WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The plugin was not reloaded within {Patience.TotalSeconds} seconds.");
            }
            Thread.Sleep(50);
        }
    }
}
