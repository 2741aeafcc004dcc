using Carafe.Orm.Tests.Support;
using Carafe.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Orm.Tests;

/// <summary>Flask-SQLAlchemy's configuration keys and .NET's ConnectionStrings, and the start-up errors for bad ones.</summary>
public class ConfigurationTests
{
    [Fact]
    public void A_relative_sqlite_path_is_a_real_file_in_the_instance_folder_in_WAL_mode_with_foreign_keys()
    {
        using var folder = new TempFolder();
        var app = OrmApps.School(folder);
        app.Get("/pragmas", (SchoolDb db) => string.Join(",",
            db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").AsEnumerable().Single(),
            db.Database.SqlQueryRaw<long>("PRAGMA foreign_keys").AsEnumerable().Single(),
            db.Database.SqlQueryRaw<long>("PRAGMA busy_timeout").AsEnumerable().Single()));
        using var client = app.TestClient();

        Assert.Equal("wal,1,30000", client.Get("/pragmas").Text);
        Assert.True(File.Exists(Path.Combine(folder.Path, "instance", "school.db")));
        Assert.Equal(Path.Combine(folder.Path, "instance", "school.db"), new SqliteConnectionStringBuilder(client.Services.GetRequiredService<Orm>().GetEngine().ConnectionString).DataSource);
    }

    [Theory]
    [InlineData("sqlite://")]
    [InlineData("sqlite:///:memory:")]
    public void A_memory_database_is_one_database_for_every_request_of_the_app(string url)
    {
        using var folder = new TempFolder();
        var app = OrmApps.School(folder);
        app.Config["SQLALCHEMY_DATABASE_URI"] = url;
        app.Post("/<name>", (string name, SchoolDb db) =>
        {
            db.Students.Add(new Student { Name = name });
            return db.SaveChanges().ToString();
        });
        app.Get("/", (SchoolDb db) => string.Join(",", db.Students.OrderBy(s => s.Name).Select(s => s.Name)));
        using var client = app.TestClient();

        client.Post("/Ada");
        client.Post("/Alan");

        Assert.Equal("Ada,Alan", client.Get("/").Text);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "instance")));
    }

    [Fact]
    public void An_absolute_path_a_memory_database_and_a_connection_string_keyword_are_understood()
    {
        using var folder = new TempFolder();
        var settings = OrmSettings.From(Config(("SQLALCHEMY_DATABASE_URI", "sqlite:///:memory:"),
            ("SQLALCHEMY_BINDS", new Dictionary<string, object> { ["logs"] = $"sqlite:///{folder.File("logs.db")}", ["cache"] = "sqlite://" }),
            ("SQLALCHEMY_ENGINE_OPTIONS", new Dictionary<string, object> { ["connect_args"] = new Dictionary<string, object> { ["timeout"] = 2.5, ["Cache"] = "Private" } })),
            Empty(), folder.File("instance"), []);

        Assert.Equal([null, "logs", "cache"], settings.Binds.Select(b => b.Bind));
        Assert.Equal("sqlite:///" + folder.File("logs.db"), settings.Binds[1].Url);
        var logs = new SqliteConnectionStringBuilder(new Providers.SqliteProvider().ConnectionString(
            DatabaseUri.Parse(settings.Binds[1].Url), settings.Binds[1].EngineOptions.Where(o => o.Key != "echo").ToDictionary(), folder.File("instance"), "k"));
        Assert.Equal(folder.File("logs.db"), logs.DataSource);
        Assert.Equal(3, logs.DefaultTimeout);
        Assert.Equal(SqliteCacheMode.Private, logs.Cache);
        Assert.True(logs.ForeignKeys);
        var memory = new SqliteConnectionStringBuilder(new Providers.SqliteProvider().ConnectionString(
            DatabaseUri.Parse("sqlite://"), new Dictionary<string, object?>(), folder.Path, "k"));
        Assert.Equal(SqliteOpenMode.Memory, memory.Mode);
    }

    [Fact]
    public void ConnectionStrings_give_the_default_database_and_a_models_bind_from_appsettings_json()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("appsettings.json"), """
            { "ConnectionStrings": { "Default": "sqlite:///main.db", "users": "sqlite:///users.db" },
              "SQLALCHEMY_ENGINE_OPTIONS": { "connect_args": { "timeout": "7" } } }
            """);
        var app = new CarafeApp(rootPath: folder.Path);
        app.Config["TESTING"] = true;
        app.Services.AddOrm<SchoolDb>();
        app.Services.AddOrm<UsersDb>();
        using var client = app.TestClient();
        var orm = client.Services.GetRequiredService<Orm>();

        Assert.Equal([null, "users"], orm.Binds);
        Assert.Equal(folder.File("instance/users.db"), new SqliteConnectionStringBuilder(orm.GetEngine("users").ConnectionString).DataSource);
        Assert.Equal(7, new SqliteConnectionStringBuilder(orm.GetEngine().ConnectionString).DefaultTimeout);
    }

    [Theory]
    [InlineData("SQLALCHEMY_DATABASE_URI", "school.db", "SQLALCHEMY_DATABASE_URI: 'school.db' is not a database URL")]
    [InlineData("SQLALCHEMY_DATABASE_URI", "mysql://db.example.com/school", "SQLALCHEMY_DATABASE_URI: no provider serves 'mysql'")]
    [InlineData("SQLALCHEMY_DATABASE_URI", "postgresql://ann:secret@db.example.com/school", "SQLALCHEMY_DATABASE_URI: no provider serves 'postgresql' (in 'postgresql://ann:***@db.example.com/school'). Built in: sqlite; for PostgreSQL, reference the package Carafe.Orm.PostgreSql.")]
    [InlineData("SQLALCHEMY_DATABASE_URI", "sqlite://host/school.db", "SQLALCHEMY_DATABASE_URI: 'sqlite://host/school.db' names a host")]
    [InlineData("SQLALCHEMY_DATABASE_URI", "postgresql://db:99999/x", "SQLALCHEMY_DATABASE_URI: 'postgresql://db:99999/x' is not a database URL: the port '99999' is not a number from 1 to 65535.")]
    [InlineData("SQLALCHEMY_ECHO", "loud", "SQLALCHEMY_ECHO: Config value SQLALCHEMY_ECHO = 'loud' is not a valid Boolean.")]
    public void A_bad_configuration_stops_the_start_naming_the_key(string key, string value, string message)
    {
        using var folder = new TempFolder();
        var app = OrmApps.School(folder);
        app.Config[key] = value;

        var error = Assert.Throws<OrmConfigurationException>(() => app.TestClient());

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void No_database_at_all_is_a_start_up_error_and_so_is_a_model_on_a_missing_bind()
    {
        using var folder = new TempFolder();
        var app = new CarafeApp(rootPath: folder.Path);
        app.Services.AddOrm<SchoolDb>();
        Assert.Equal("SQLALCHEMY_DATABASE_URI: no database is configured: set SQLALCHEMY_DATABASE_URI (such as 'sqlite:///app.db', in the instance folder) or ConnectionStrings:Default.",
            Assert.Throws<OrmConfigurationException>(() => app.TestClient()).Message);

        var withBind = OrmApps.School(folder);
        withBind.Services.AddOrm<UsersDb>();
        Assert.Equal("SQLALCHEMY_BINDS.users: a model uses the bind 'users', which is not configured: add it to SQLALCHEMY_BINDS or set ConnectionStrings:users.",
            Assert.Throws<OrmConfigurationException>(() => withBind.TestClient()).Message);
    }

    [Theory]
    [InlineData("isolation_level", "SERIALIZABLE", "SQLALCHEMY_ENGINE_OPTIONS.isolation_level")]
    [InlineData("connect_args", "timeout=soon", "SQLALCHEMY_ENGINE_OPTIONS.connect_args.timeout")]
    [InlineData("connect_args", "Flavour=mint", "SQLALCHEMY_ENGINE_OPTIONS.connect_args.Flavour")]
    public void A_bad_engine_option_is_named(string option, string value, string key)
    {
        using var folder = new TempFolder();
        var app = OrmApps.School(folder);
        var pair = value.Split('=');
        app.Config["SQLALCHEMY_ENGINE_OPTIONS"] = new Dictionary<string, object>
        {
            [option] = option == "connect_args" ? new Dictionary<string, object> { [pair[0]] = pair[1] } : value,
        };

        var error = Assert.Throws<OrmConfigurationException>(() => app.TestClient());

        Assert.Equal(key, error.Key);
    }

    private static Config Config(params (string Key, object Value)[] values)
    {
        var config = new Config();
        foreach (var (key, value) in values)
        {
            config[key] = value;
        }
        return config;
    }

    private static IConfiguration Empty() => new ConfigurationBuilder().Build();
}
