using Carafe.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using static Carafe.Helpers;

namespace Carafe.Orm.PostgreSql.Tests;

/// <summary>The Orm on a real PostgreSQL server: the same app as on SQLite, one line of configuration changed.</summary>
[Collection(nameof(PostgreSqlServer))]
public class PostgreSqlAppTests(PostgreSqlServer server)
{
    private CarafeApp App(string? url = null)
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        var app = new CarafeApp();
        app.Config["TESTING"] = true;
        app.Config["SQLALCHEMY_DATABASE_URI"] = url ?? server.CreateDatabase();   // the one line that differs from SQLite
        app.Services.AddOrm<ShopDb>();
        app.Services.AddOrmStartup(scope => scope.CreateAll());
        app.Post("/customers", (Request request, ShopDb db) =>
        {
            db.Customers.Add(new Customer { Email = request.Form["email"] });
            db.SaveChanges();
            return ("created", 201);
        }, endpoint: "create");
        app.Get("/customers/<id>", (string id, ShopDb db) => db.Customers.GetOr404(id, "No such customer.").Email, endpoint: "show");
        app.Get("/customers", (Request request, ShopDb db) =>
        {
            var page = db.Customers.OrderBy(c => c.Email).Paginate(request, perPage: 2);
            return $"{string.Join(",", page.Select(c => c.Email))}|{page.Total}|{page.Pages}|{string.Join(",", page.IterPages())}";
        }, endpoint: "list");
        app.ErrorHandler<ConstraintViolationException>((ConstraintViolationException e) => (e.Message, 409));
        return app;
    }

    [SkippableFact]
    public void Tables_are_created_rows_are_written_paginated_and_found_or_404()
    {
        using var client = App().TestClient();

        foreach (var email in new[] { "e@x", "b@x", "d@x", "a@x", "c@x" })
        {
            Assert.Equal(201, client.Post("/customers", form: new { email }).StatusCode);
        }

        Assert.Equal("a@x,b@x|5|3|1,2,3", client.Get("/customers").Text);
        Assert.Equal("e@x|5|3|1,2,3", client.Get("/customers?page=3&per_page=2").Text);
        Assert.Equal(404, client.Get("/customers?page=4").StatusCode);
        Assert.Equal("e@x", client.Get("/customers/1").Text);
        Assert.Equal(404, client.Get("/customers/99").StatusCode);
        Assert.Contains("<p>No such customer.</p>", client.Get("/customers/abc").Text);
    }

    [SkippableFact]
    public void A_unique_violation_is_a_409_and_a_foreign_key_is_enforced()
    {
        using var client = App().TestClient();
        client.Post("/customers", form: new { email = "ann@x" });

        var conflict = client.Post("/customers", form: new { email = "ann@x" });

        Assert.Equal(409, conflict.StatusCode);
        Assert.StartsWith("23505: duplicate key value violates unique constraint \"IX_Customers_Email\"", conflict.Text);
        using var scope = client.Services.GetRequiredService<Orm>().AppScope();
        var db = scope.Get<ShopDb>();
        db.Orders.Add(new Order { CustomerId = 999, Total = 1 });
        Assert.StartsWith("23503: insert or update on table \"Orders\" violates foreign key constraint", Assert.Throws<ConstraintViolationException>(() => db.SaveChanges()).Message);
        Assert.Empty(db.ChangeTracker.Entries());
        Assert.Equal(1, db.Customers.Count());
    }

    [SkippableFact]
    public async Task The_health_check_says_whether_each_database_answers()
    {
        var app = App();
        app.Config["SQLALCHEMY_BINDS"] = new Dictionary<string, object> { ["down"] = "postgresql://postgres@127.0.0.1:1/nothing" };
        using var client = app.TestClient();

        var report = await client.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries["orm:default"].Status);
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["orm:down"].Status);
        Assert.StartsWith("postgresql database postgresql://postgres@127.0.0.1:1/nothing does not answer:", report.Entries["orm:down"].Description);
    }

    [SkippableFact]
    public void CreateAll_and_DropAll_work_on_the_server()
    {
        using var client = App().TestClient();
        var orm = client.Services.GetRequiredService<Orm>();

        orm.DropAll();
        using (var scope = orm.AppScope())
        {
            Assert.ThrowsAny<Exception>(() => scope.Get<ShopDb>().Customers.Count());
        }
        orm.CreateAll();
        using (var scope = orm.AppScope())
        {
            Assert.Equal(0, scope.Get<ShopDb>().Customers.Count());
        }
    }
}
