using Carafe.Orm.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Carafe.Orm.Tests;

/// <summary>What dotnet ef uses to build a context: the app's configuration, binds and instance folder.</summary>
public class DesignTimeFactoryTests
{
    [Fact]
    public void The_factory_builds_the_context_on_the_apps_database_and_migrations_apply()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("appsettings.json"), """{ "SQLALCHEMY_BINDS": { "library": "sqlite:///books/library.db" } }""");

        using (var db = new LibraryFactory(folder.Path).CreateDbContext([]))
        {
            db.Database.Migrate();
            db.Books.Add(new Book { Title = "Dune" });
            db.SaveChanges();
        }

        Assert.Equal(["Dune"], SqliteFile.Query(folder.File("instance/books/library.db"), "SELECT Title FROM Books"));
    }

    [Fact]
    public void Keys_set_in_code_are_seen_and_a_missing_database_is_named()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<OrmConfigurationException>(() => new LibraryFactory(folder.Path).CreateDbContext([]));
        using var db = new LibraryFactory(folder.Path, "sqlite:///code.db").CreateDbContext([]);

        Assert.Equal("SQLALCHEMY_BINDS.library", error.Key);
        Assert.Equal(folder.File("instance/code.db"), new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
    }

    private sealed class LibraryFactory(string root, string? url = null) : OrmDesignTimeFactory<LibraryDb>
    {
        protected override string RootPath => root;

        protected override void Configure(Config config)
        {
            if (url is not null)
            {
                config["SQLALCHEMY_BINDS"] = new Dictionary<string, object> { ["library"] = url };
            }
        }
    }
}
