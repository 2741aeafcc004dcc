using System.Data.Common;
using System.Globalization;
using Carafe.Orm.Providers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Carafe.Orm.PostgreSql;

/// <summary>
/// PostgreSQL through Npgsql: the URL's user, password, host, port and database, its query
/// (<c>?sslmode=require</c>, <c>?host=/run/postgresql</c>) and <c>connect_args</c> as Npgsql
/// keywords, and SQLAlchemy's pool options as Npgsql's pool settings. The extension registers
/// it; name it in an <c>OrmDesignTimeFactory</c>'s <c>Providers</c> for <c>dotnet ef</c>.
/// </summary>
public sealed class PostgreSqlProvider : IDatabaseProvider
{
    /// <inheritdoc/>
    public IReadOnlyCollection<string> Dialects { get; } = ["postgresql", "postgres"];

    /// <inheritdoc/>
    public string ConnectionString(DatabaseUri uri, IReadOnlyDictionary<string, object?> options, string instancePath, string key)
    {
        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.Host is { Length: > 0 } host)
        {
            builder.Host = host;
        }
        if (uri.Port is { } port)
        {
            builder.Port = port;
        }
        builder.Username = uri.User;
        builder.Password = uri.Password;
        if (uri.Database.Length > 0)
        {
            builder.Database = uri.Database;
        }
        foreach (var (name, value) in uri.Query)
        {
            Set(builder, name, value, $"{key} (?{name}=)");
        }
        foreach (var (name, value) in options)
        {
            var optionKey = $"SQLALCHEMY_ENGINE_OPTIONS.{name}";
            switch (name)
            {
                case "connect_args" when value is IReadOnlyDictionary<string, object?> arguments:
                    foreach (var (argument, argumentValue) in arguments)
                    {
                        Set(builder, argument, argumentValue, $"{optionKey}.{argument}");
                    }
                    break;
                case "pool_size":
                    builder.MaxPoolSize = Number(value, optionKey);
                    break;
                case "pool_timeout":
                    builder.Timeout = Number(value, optionKey);
                    break;
                case "pool_recycle":
                    builder.ConnectionLifetime = Number(value, optionKey);
                    break;
                case "pool_pre_ping" or "max_overflow":
                    break;   // Npgsql checks and grows its pool itself
                default:
                    throw new OrmConfigurationException(optionKey, "PostgreSQL does not support this engine option; it takes 'echo', 'pool_size', 'pool_timeout', 'pool_recycle' and 'connect_args' (Npgsql connection string keywords).");
            }
        }
        if (builder.Host is null)
        {
            throw new OrmConfigurationException(key, $"'{uri}' names no host: write 'postgresql://user:password@host:port/database'.");
        }
        return builder.ConnectionString;
    }

    /// <inheritdoc/>
    public string CountTablesSql =>
        "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = @name AND table_schema = COALESCE(@schema, current_schema())";

    /// <inheritdoc/>
    public IDisposable? Prepare(string connectionString) => null;

    /// <inheritdoc/>
    public void Use(DbContextOptionsBuilder options, string connectionString) => options.UseNpgsql(connectionString);

    /// <inheritdoc/>
    public DbConnection CreateConnection(string connectionString) =>
        new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);

    // Class 23: integrity constraint violation (unique, foreign key, not null, check, exclusion).
    /// <inheritdoc/>
    public bool IsConstraintViolation(Exception exception) => exception.InnerException is PostgresException { SqlState: var state } && state.StartsWith("23", StringComparison.Ordinal);

    private static void Set(NpgsqlConnectionStringBuilder builder, string name, object? value, string key)
    {
        try
        {
            builder[name] = Convert.ToString(value, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            throw new OrmConfigurationException(key, $"not an Npgsql connection string keyword or value: {e.Message}");
        }
    }

    private static int Number(object? value, string key) =>
        int.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new OrmConfigurationException(key, $"'{value}' is not a whole number of connections or seconds.");
}
