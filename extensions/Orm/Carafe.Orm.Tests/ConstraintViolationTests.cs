using Carafe.Orm.Tests.Support;
using Carafe.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Orm.Tests;

/// <summary>A constraint violation is a typed exception the app maps to 409, and the context stays usable.</summary>
public class ConstraintViolationTests
{
    [Fact]
    public void A_duplicate_is_a_409_and_nothing_half_done_is_left()
    {
        using var folder = new TempFolder();
        var app = OrmApps.School(folder);
        app.Post("/students", (Request request, SchoolDb db) =>
        {
            db.Students.Add(new Student { Name = request.Form["name"] });
            db.SaveChanges();
            return ("created", 201);
        }, endpoint: "create");
        app.ErrorHandler<ConstraintViolationException>((ConstraintViolationException e) => ($"conflict: {e.Message}", 409));
        using var client = app.TestClient();

        Assert.Equal(201, client.Post("/students", form: new { name = "Ada" }).StatusCode);
        var conflict = client.Post("/students", form: new { name = "Ada" });

        Assert.Equal(409, conflict.StatusCode);
        Assert.Equal("conflict: SQLite Error 19: 'UNIQUE constraint failed: Students.Name'.", conflict.Text);
        using var scope = client.Services.GetRequiredService<Orm>().AppScope();
        Assert.Equal(["Ada"], scope.Get<SchoolDb>().Students.Select(s => s.Name).ToList());
    }

    [Fact]
    public void A_foreign_key_is_enforced_and_the_context_goes_on_after_the_violation()
    {
        using var folder = new TempFolder();
        using var client = OrmApps.School(folder).TestClient();
        using var scope = client.Services.GetRequiredService<Orm>().AppScope();
        var db = scope.Get<SchoolDb>();

        db.Enrollments.Add(new Enrollment { StudentId = 42, Course = "Maths" });
        var error = Assert.Throws<ConstraintViolationException>(() => db.SaveChanges());

        Assert.Equal("SQLite Error 19: 'FOREIGN KEY constraint failed'.", error.Message);
        Assert.IsType<DbUpdateException>(error, exactMatch: false);
        Assert.Empty(db.ChangeTracker.Entries());
        db.Students.Add(new Student { Name = "Grace" });
        Assert.Equal(1, db.SaveChanges());
        Assert.Equal(0, db.Enrollments.Count());
    }
}
