using Carafe.Testing;

namespace Flaskr.Tests;

/// <summary>
/// The database is configuration only: <c>SQLALCHEMY_DATABASE_URI</c> from appsettings.json (the instance
/// folder's <c>flaskr.sqlite</c>), overridden by <c>CARAFE_SQLALCHEMY_DATABASE_URI</c>; its tables are made at start-up.
/// </summary>
[Collection(nameof(ProcessWideState))]
public sealed class ConfigurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("flaskr-config-").FullName;

    [Fact]
    public void DatabaseIsInTheInstanceFolderByDefault()
    {
        var app = FlaskrApp.Create(testConfig: new Dictionary<string, object?> { ["TESTING"] = true });
        Assert.Equal("sqlite:///flaskr.sqlite", app.Config["SQLALCHEMY_DATABASE_URI"]);
        app.InstancePath = _folder;
        using var client = app.TestClient();

        Assert.Equal(200, client.Get("/").StatusCode);
        Assert.True(File.Exists(Path.Combine(_folder, "flaskr.sqlite")));
    }

    [Fact]
    public void EnvironmentVariableOverridesTheDatabase()
    {
        var database = Path.Combine(_folder, "elsewhere", "blog.db");
        Environment.SetEnvironmentVariable("CARAFE_SQLALCHEMY_DATABASE_URI", "sqlite:///" + database);
        try
        {
            var app = FlaskrApp.Create(testConfig: new Dictionary<string, object?> { ["TESTING"] = true });
            app.InstancePath = _folder;
            using var client = app.TestClient();

            Assert.Equal(200, client.Get("/").StatusCode);
            Assert.True(File.Exists(database));
            Assert.False(File.Exists(Path.Combine(_folder, "flaskr.sqlite")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("CARAFE_SQLALCHEMY_DATABASE_URI", null);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
