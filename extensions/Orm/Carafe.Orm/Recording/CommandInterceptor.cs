using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Carafe.Orm.Recording;

/// <summary>
/// Sees every statement an engine runs: echoes it to the log (<c>SQLALCHEMY_ECHO</c>) and
/// records it for <see cref="Orm.GetRecordedQueries"/> (<c>SQLALCHEMY_RECORD_QUERIES</c>).
/// </summary>
internal sealed class CommandInterceptor(Orm orm, Engine engine, ILogger logger, bool record) : DbCommandInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Seen(command, eventData);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Seen(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Seen(command, eventData);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Seen(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Seen(command, eventData);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Seen(command, eventData);
        return ValueTask.FromResult(result);
    }

    private void Seen(DbCommand command, CommandExecutedEventData eventData)
    {
        if (!engine.Echo && !record)
        {
            return;
        }
        var parameters = command.Parameters.Cast<DbParameter>().ToDictionary(p => p.ParameterName, p => p.Value is DBNull ? null : p.Value);
        if (engine.Echo)
        {
            OrmLog.Statement(logger, engine.Bind ?? "default", command.CommandText,
                string.Join(", ", parameters.Select(p => $"{p.Key}={p.Value ?? "NULL"}")), eventData.Duration.TotalMilliseconds);
        }
        if (record && orm.CurrentRecording() is { } queries)
        {
            lock (queries)
            {
                queries.Add(new RecordedQuery(command.CommandText, parameters, eventData.StartTime, eventData.Duration, CallerLocation.Find()));
            }
        }
    }
}
