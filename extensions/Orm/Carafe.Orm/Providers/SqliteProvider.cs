using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Carafe.Orm.Providers;

/// <summary>
/// SQLite, set up for a web app: a file in the instance folder (or a shared in-memory database
/// for <c>sqlite://</c>), write-ahead logging so readers never wait for the writer, foreign
/// keys enforced, and a busy timeout so concurrent writers queue instead of failing with
/// "database is locked".
/// </summary>
internal sealed class SqliteProvider : IDatabaseProvider
{
    /// <summary>Seconds a connection waits for another writer; Python's sqlite3 waits 5, a server with many writers needs more.</summary>
    public const int DefaultTimeoutSeconds = 30;

    public IReadOnlyCollection<string> Dialects { get; } = ["sqlite"];

    public string ConnectionString(DatabaseUri uri, IReadOnlyDictionary<string, object?> options, string instancePath, string key)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            ForeignKeys = true,
            DefaultTimeout = DefaultTimeoutSeconds,
            Pooling = true,
        };
        if (uri.Host is { Length: > 0 })
        {
            throw new OrmConfigurationException(key, $"'{uri}' names a host, but SQLite opens files: write 'sqlite:///relative/path.db' (in the instance folder) or 'sqlite:////absolute/path.db'.");
        }
        if (uri.Database is "" or ":memory:")
        {
            // Every connection must see the same memory database: a named, shared one, kept alive by the engine.
            builder.DataSource = "carafe-orm-" + Guid.NewGuid().ToString("N");
            builder.Mode = SqliteOpenMode.Memory;
            builder.Cache = SqliteCacheMode.Shared;
        }
        else
        {
            // As Flask-SQLAlchemy 3: a relative path is in the instance folder, which is created.
            var path = Path.IsPathRooted(uri.Database) ? uri.Database : Path.Combine(instancePath, uri.Database);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            builder.DataSource = path;
        }
        foreach (var (name, value) in options)
        {
            if (name == "connect_args" && value is IReadOnlyDictionary<string, object?> arguments)
            {
                foreach (var (argument, argumentValue) in arguments)
                {
                    // Python's sqlite3.connect(timeout=...) is the busy timeout in seconds.
                    if (argument == "timeout")
                    {
                        builder.DefaultTimeout = Seconds(argumentValue, "SQLALCHEMY_ENGINE_OPTIONS.connect_args.timeout");
                    }
                    else
                    {
                        SetKeyword(builder, argument, argumentValue, $"SQLALCHEMY_ENGINE_OPTIONS.connect_args.{argument}");
                    }
                }
            }
            else if (name is not ("pool_size" or "max_overflow" or "pool_recycle" or "pool_pre_ping" or "pool_timeout"))
            {
                throw new OrmConfigurationException($"SQLALCHEMY_ENGINE_OPTIONS.{name}", "SQLite does not support this engine option; it takes 'echo' and 'connect_args' (Microsoft.Data.Sqlite connection string keywords, and 'timeout' in seconds).");
            }
        }
        return builder.ConnectionString;
    }

    public string CountTablesSql => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @name AND @schema IS NULL";

    public IDisposable? Prepare(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        if (new SqliteConnectionStringBuilder(connectionString).Mode == SqliteOpenMode.Memory)
        {
            return connection;
        }
        using (connection)
        using (var command = connection.CreateCommand())
        {
            // Persistent in the file: readers no longer block the writer, nor the writer them.
            command.CommandText = "PRAGMA journal_mode=WAL;";
            command.ExecuteNonQuery();
        }
        return null;
    }

    public void Use(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(new SqliteConnectionSetup(new SqliteConnectionStringBuilder(connectionString).DefaultTimeout));

    public DbConnection CreateConnection(string connectionString) =>
        new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);

    // SQLITE_CONSTRAINT, whatever the extended code (unique, foreign key, not null, check).
    public bool IsConstraintViolation(Exception exception) => exception.InnerException is SqliteException { SqliteErrorCode: 19 };

    private static int Seconds(object? value, string key) =>
        double.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and <= int.MaxValue
            ? (int)Math.Ceiling(seconds)
            : throw new OrmConfigurationException(key, $"'{value}' is not a number of seconds.");

    private static void SetKeyword(SqliteConnectionStringBuilder builder, string name, object? value, string key)
    {
        try
        {
            builder[name] = Convert.ToString(value, CultureInfo.InvariantCulture);
        }
        catch (ArgumentException e)
        {
            throw new OrmConfigurationException(key, $"not a Microsoft.Data.Sqlite connection string keyword: {e.Message}");
        }
    }
}
