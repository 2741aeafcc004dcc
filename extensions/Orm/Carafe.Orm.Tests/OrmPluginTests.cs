using Carafe.Extensions;
using Carafe.Orm.Tests.Support;
using Carafe.Testing;
using static Carafe.Helpers;

namespace Carafe.Orm.Tests;

/// <summary>The extension dropped in as a plugin, loaded from its build output in its own load context.</summary>
public class OrmPluginTests
{
    private static readonly string OrmDll = PluginTestHost.BuildOutputOf("../Carafe.Orm", "Carafe.Orm");

    [Fact]
    public void Loads_as_a_plugin_opens_the_database_in_the_instance_folder_and_serves_its_macro()
    {
        using var folder = new TempFolder();
        var app = PluginTestHost.CreateApp(OrmDll, rootPath: folder.Path);
        app.Config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///plugin.db";
        app.Get("/", () => RenderTemplateString("{% from 'orm/pagination.html' import render_pagination %}{{ render_pagination is defined }}"));
        using var client = app.TestClient();

        Assert.Equal([new ExtensionEntry("Orm", "0.1.0", OrmDll, ExtensionState.Loaded, null)], app.Extensions.Entries);
        Assert.Equal("True", client.Get("/").Text);
        Assert.Equal(["wal"], SqliteFile.Query(Path.Combine(folder.Path, "instance", "plugin.db"), "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Its_db_command_runs_with_the_apps_settings()
    {
        using var folder = new TempFolder();
        var app = PluginTestHost.CreateApp(OrmDll, ["db", "create"], rootPath: folder.Path);
        app.Config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///data/app.db";

        await app.RunAsync();

        Assert.True(File.Exists(Path.Combine(folder.Path, "instance", "data", "app.db")));
    }

    [Fact]
    public void A_bad_uri_stops_the_app_naming_the_key()
    {
        using var folder = new TempFolder();
        var app = PluginTestHost.CreateApp(OrmDll, rootPath: folder.Path);
        app.Config["SQLALCHEMY_DATABASE_URI"] = "oracle://db/x";

        var error = Assert.ThrowsAny<Exception>(() => app.TestClient());

        Assert.StartsWith("SQLALCHEMY_DATABASE_URI: no provider serves 'oracle' (in 'oracle://db/x').", error.Message);
    }
}
