using Carafe.Orm.Tests.Support;
using Carafe.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Orm.Tests;

/// <summary>Several databases as binds, CreateAll/DropAll per bind, and the db command line with migrations.</summary>
public class BindsAndCommandsTests
{
    private static CarafeApp App(TempFolder folder, string[]? args = null)
    {
        var app = new CarafeApp(args, rootPath: folder.Path);
        app.Config["TESTING"] = true;
        app.Config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///school.db";
        app.Config["SQLALCHEMY_BINDS"] = new Dictionary<string, object>
        {
            ["users"] = "sqlite:///users.db",
            ["library"] = new Dictionary<string, object> { ["url"] = "sqlite:///library.db", ["connect_args"] = new Dictionary<string, object> { ["timeout"] = 3 } },
        };
        app.Services.AddOrm<SchoolDb>();
        app.Services.AddOrm<UsersDb>();
        app.Services.AddOrm<LibraryDb>();
        return app;
    }

    [Fact]
    public void Each_context_lives_on_its_bind_and_CreateAll_and_DropAll_work_per_bind()
    {
        using var folder = new TempFolder();
        using var client = App(folder).TestClient();
        var orm = client.Services.GetRequiredService<Orm>();

        Assert.Equal([null, "users", "library"], orm.Binds);
        Assert.Equal("sqlite:///users.db", orm.GetEngine("users").Uri.ToString());
        Assert.Equal("There is no bind 'nope'. Binds: default, users, library. Add it to SQLALCHEMY_BINDS. (Parameter 'bind')",
            Assert.Throws<ArgumentException>(() => orm.GetEngine("nope")).Message);

        orm.CreateAll("users");
        Assert.Equal(["Accounts"], Tables(folder, "users.db"));
        Assert.Empty(Tables(folder, "school.db"));

        orm.CreateAll();
        Assert.Equal(["Enrollments", "Students"], Tables(folder, "school.db"));
        Assert.Equal(["Books"], Tables(folder, "library.db"));
        orm.CreateAll();   // again: nothing to do, nothing fails

        orm.DropAll("users");
        Assert.Empty(Tables(folder, "users.db"));
        Assert.Equal(["Enrollments", "Students"], Tables(folder, "school.db"));
        orm.DropAll();
        Assert.Empty(Tables(folder, "school.db"));
    }

    [Fact]
    public async Task The_db_commands_create_drop_init_and_upgrade()
    {
        using var folder = new TempFolder();

        await App(folder, ["db", "create", "--bind", "users"]).RunAsync();
        Assert.Equal(["Accounts"], Tables(folder, "users.db"));
        Assert.Empty(Tables(folder, "school.db"));

        await App(folder, ["db", "create"]).RunAsync();
        Assert.Equal(["Enrollments", "Students"], Tables(folder, "school.db"));
        Insert(folder, "school.db", "INSERT INTO Students (Name, City) VALUES ('Ada', 'London')");

        await App(folder, ["db", "init"]).RunAsync();
        Assert.Equal(0L, Scalar(folder, "school.db", "SELECT COUNT(*) FROM Students"));

        await App(folder, ["db", "drop"]).RunAsync();
        Assert.Empty(Tables(folder, "school.db"));

        await App(folder, ["db", "upgrade", "--bind", "library"]).RunAsync();
        Assert.Equal(["Books", "__EFMigrationsHistory", "__EFMigrationsLock"], Tables(folder, "library.db"));
        Assert.Equal("20261126000000_CreateBooks", Scalar(folder, "library.db", "SELECT MigrationId FROM __EFMigrationsHistory"));
    }

    [Fact]
    public async Task A_wrong_db_command_prints_the_usage()
    {
        using var folder = new TempFolder();
        var output = new StringWriter();
        using var client = App(folder).TestClient();

        var code = await DatabaseCommands.RunAsync(["migrate"], output, client.Services);

        Assert.Equal(2, code);
        Assert.Equal("No such db command 'migrate'.\n" + DatabaseCommands.Usage + "\n", output.ToString().ReplaceLineEndings("\n"));
    }

    private static List<string> Tables(TempFolder folder, string file) =>
        [.. Query(folder, file, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").Select(r => (string)r!)];

    private static object? Scalar(TempFolder folder, string file, string sql) => Query(folder, file, sql).Single();

    private static void Insert(TempFolder folder, string file, string sql) => Query(folder, file, sql);

    private static List<object?> Query(TempFolder folder, string file, string sql) => SqliteFile.Query(Path.Combine(folder.Path, "instance", file), sql);
}
