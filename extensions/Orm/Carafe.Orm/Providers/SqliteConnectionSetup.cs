using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Carafe.Orm.Providers;

/// <summary>
/// Sets each SQLite connection up as it opens: SQLite's own busy handler waits for a writer to
/// finish (up to the timeout) before a statement fails, and WAL's normal sync is durable enough.
/// </summary>
internal sealed class SqliteConnectionSetup(int timeoutSeconds) : DbConnectionInterceptor
{
    private readonly string _pragmas = $"PRAGMA busy_timeout = {timeoutSeconds * 1000}; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
