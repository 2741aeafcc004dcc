using Carafe.Orm.Tests.Support;
using Carafe.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Carafe.Orm.Tests;

/// <summary>One health check per database, named orm:&lt;bind&gt;, for the app's /healthz.</summary>
public class HealthCheckTests
{
    [Fact]
    public async Task Each_database_has_a_check_that_says_whether_it_answers()
    {
        using var folder = new TempFolder();
        var app = OrmApps.School(folder);
        var broken = Path.Combine(folder.Path, "gone", "logs.db");
        app.Config["SQLALCHEMY_BINDS"] = new Dictionary<string, object> { ["logs"] = "sqlite:///" + broken };
        using var client = app.TestClient();
        // The folder of the logs database becomes a file: SQLite can no longer open it.
        Directory.Delete(Path.GetDirectoryName(broken)!, recursive: true);
        File.WriteAllText(Path.GetDirectoryName(broken)!, "not a folder");

        var report = await client.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        // "app" is the core's own check; the Orm adds one per database.
        Assert.Equal(["app", "orm:default", "orm:logs"], report.Entries.Keys.Order());
        Assert.Equal(HealthStatus.Healthy, report.Entries["orm:default"].Status);
        Assert.Equal("sqlite database sqlite:///school.db answers.", report.Entries["orm:default"].Description);
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["orm:logs"].Status);
        Assert.StartsWith($"sqlite database sqlite:///{broken} does not answer: SQLite Error 14: 'unable to open database file'", report.Entries["orm:logs"].Description);
        Assert.Equal(["database", "orm"], report.Entries["orm:logs"].Tags.Order());
    }
}
