using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Carafe.Orm.Providers;

/// <summary>
/// A kind of database the Orm can use, chosen by a URL's dialect: SQLite is built in;
/// <c>Carafe.Orm.PostgreSql</c> adds PostgreSQL. Register one as a singleton
/// <see cref="IDatabaseProvider"/> service.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>The dialects it serves, lower case, such as <c>sqlite</c> or <c>postgresql</c>.</summary>
    IReadOnlyCollection<string> Dialects { get; }

    /// <summary>
    /// The connection string for <paramref name="uri"/>, with the engine options applied.
    /// Throw <see cref="OrmConfigurationException"/> naming <paramref name="key"/> for what it cannot use.
    /// </summary>
    /// <param name="uri">The database URL.</param>
    /// <param name="options">The engine options (<c>SQLALCHEMY_ENGINE_OPTIONS</c>) other than <c>echo</c>.</param>
    /// <param name="instancePath">The app's instance folder, against which relative file paths resolve.</param>
    /// <param name="key">The configuration key the URL came from, for errors.</param>
    string ConnectionString(DatabaseUri uri, IReadOnlyDictionary<string, object?> options, string instancePath, string key);

    /// <summary>
    /// Readies the database when its engine is created (SQLite: write-ahead logging); returns what
    /// must stay open while the engine lives (the connection that keeps a memory database), or null.
    /// </summary>
    IDisposable? Prepare(string connectionString);

    /// <summary>Makes <paramref name="options"/> use the database at <paramref name="connectionString"/>.</summary>
    void Use(DbContextOptionsBuilder options, string connectionString);

    /// <summary>A new, closed connection to the database, not taken from a pool: opening it proves the database answers now.</summary>
    DbConnection CreateConnection(string connectionString);

    /// <summary>
    /// A query counting the tables named <c>@name</c> in schema <c>@schema</c> (null: the
    /// default one), for <c>CreateAll</c> to skip tables that exist.
    /// </summary>
    string CountTablesSql { get; }

    /// <summary>Whether <paramref name="exception"/>, thrown while saving, is a constraint violation (unique, foreign key, not null, check).</summary>
    bool IsConstraintViolation(Exception exception);
}
