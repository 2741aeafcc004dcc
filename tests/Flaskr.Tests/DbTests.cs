using Carafe.Orm;
using Flaskr.Data;
using Flaskr.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Flaskr.Tests;

/// <summary>Flask's tutorial test_db.py: one database session per app context, closed with it; the init-db command.</summary>
[Collection(nameof(ProcessWideState))]
public sealed class DbTests
{
    [Fact]
    public void GetCloseDb()
    {
        using var flaskr = new TestFlaskr();
        var orm = flaskr.Client.Services.GetRequiredService<Orm>();
        FlaskrDb db;
        using (orm.AppScope())
        {
            db = orm.Context<FlaskrDb>();
            Assert.Same(db, orm.Context<FlaskrDb>());
        }

        var e = Assert.Throws<ObjectDisposedException>(() => db.Database.ExecuteSqlRaw("SELECT 1"));
        Assert.Contains("disposed", e.Message);
    }

    [Fact]
    public async Task InitDbCommand()
    {
        using var flaskr = new TestFlaskr();
        var app = FlaskrApp.Create(["init-db"], TestFlaskr.Config(flaskr.DatabasePath));
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            await app.RunAsync();
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.Contains("Initialized", output.ToString());
        // Flask's test replaces init_db with a recorder; here the command really ran: the tables are there, and empty.
        Assert.Equal((0, 0), flaskr.WithDb(db => (db.Users.Count(), db.Posts.Count())));
    }
}
