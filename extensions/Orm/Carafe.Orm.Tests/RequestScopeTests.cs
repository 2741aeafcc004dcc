using Carafe.Orm.Tests.Support;
using Carafe.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Carafe.Helpers;

namespace Carafe.Orm.Tests;

/// <summary>One context per request, disposed at teardown whatever happened; app scopes outside requests.</summary>
public class RequestScopeTests
{
    [Fact]
    public void Each_request_gets_its_own_context_disposed_when_the_request_ends_even_when_the_view_fails()
    {
        using var folder = new TempFolder();
        var app = OrmApps.School(folder);
        var seen = new List<SchoolDb>();
        app.Get("/same", (SchoolDb db, Orm orm) =>
        {
            seen.Add(db);
            return (ReferenceEquals(db, orm.Context<SchoolDb>()) ? "same" : "different") + " " + db.Students.Count();
        });
        app.Get("/fails", (SchoolDb db) =>
        {
            seen.Add(db);
            db.Students.Add(new Student { Name = "Unsaved" });
            throw new InvalidOperationException("the view failed");
        });
        app.ErrorHandler<InvalidOperationException>(() => ("handled", 500));
        using var client = app.TestClient();

        Assert.Equal("same 0", client.Get("/same").Text);
        Assert.Equal("same 0", client.Get("/same").Text);
        Assert.Equal(500, client.Get("/fails").StatusCode);

        Assert.Equal(3, seen.Distinct().Count());
        Assert.All(seen, db => Assert.Throws<ObjectDisposedException>(() => db.Students.Count()));
        using var scope = client.Services.GetRequiredService<Orm>().AppScope();
        Assert.Equal(0, scope.Get<SchoolDb>().Students.Count());
    }

    [Fact]
    public void Outside_a_request_and_an_app_scope_the_error_says_how()
    {
        using var folder = new TempFolder();
        using var client = OrmApps.School(folder).TestClient();
        var orm = client.Services.GetRequiredService<Orm>();

        var error = Assert.Throws<InvalidOperationException>(() => orm.Context<SchoolDb>());

        Assert.Equal("Working outside of application context: SchoolDb is made per request or per app scope, and there is neither. " +
            "To solve this, take SchoolDb as a parameter of the view, or open a scope around the work: 'using var scope = orm.AppScope(); var db = scope.Get<SchoolDb>();'.", error.Message);
    }

    [Fact]
    public void An_app_scope_serves_background_work_and_disposes_its_context()
    {
        using var folder = new TempFolder();
        using var client = OrmApps.School(folder).TestClient();
        var orm = client.Services.GetRequiredService<Orm>();
        SchoolDb used;

        using (var scope = orm.AppScope())
        {
            used = orm.Context<SchoolDb>();
            Assert.Same(used, scope.Get<SchoolDb>());
            used.Students.Add(new Student { Name = "Ada", City = "London" });
            used.SaveChanges();
        }

        Assert.Throws<ObjectDisposedException>(() => used.Students.Count());
        Assert.Throws<InvalidOperationException>(() => orm.Context<SchoolDb>());
        Assert.Equal("Ada", client.Get("/").StatusCode == 404 ? ReadName(orm) : "");
    }

    [Fact]
    public void Start_up_work_runs_in_an_app_scope_before_the_first_request()
    {
        using var folder = new TempFolder();
        var app = OrmApps.School(folder);
        app.Services.AddOrmStartup(scope =>
        {
            scope.Get<SchoolDb>().Students.Add(new Student { Name = "Seeded" });
            scope.Get<SchoolDb>().SaveChanges();
        });
        app.Get("/", (SchoolDb db) => Jsonify(db.Students.Select(s => s.Name).ToList()));
        using var client = app.TestClient();

        Assert.Equal("[\"Seeded\"]\n", client.Get("/").Text);
    }

    private static string ReadName(Orm orm)
    {
        using var scope = orm.AppScope();
        return scope.Get<SchoolDb>().Students.AsNoTracking().Single().Name;
    }
}
