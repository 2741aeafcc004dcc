using Microsoft.Data.Sqlite;

namespace Carafe.Mail.Outbox;

/// <summary>
/// The outbox's SQLite file: one row per accepted message holding its MIME, its status and
/// its next attempt time. Each change is one statement in its own transaction, written with
/// <c>synchronous=FULL</c>, so an accepted message survives a crash or a restart. Only one
/// worker delivers a file at a time: it holds an exclusive lock on <c>&lt;file&gt;.lock</c>, which
/// the operating system releases if the process dies; a second worker (another app instance,
/// another test client) waits for it. So a message found <c>Sending</c> by the lock holder was
/// left by a worker that is gone, and is safe to send again.
/// </summary>
internal sealed class SqliteOutboxStore : IOutboxStore
{
    private readonly string _connectionString;
    private readonly string _lockPath;
    private readonly TimeSpan _lockRetryDelay;

    /// <param name="path">The SQLite file, created with its folder when missing.</param>
    /// <param name="lockRetryDelay">How long a worker waits before trying the lock again.</param>
    public SqliteOutboxStore(string path, TimeSpan lockRetryDelay)
    {
        Location = path;
        _lockPath = path + ".lock";
        _lockRetryDelay = lockRetryDelay;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // No pooling: the file is closed after every use, so it can be moved or deleted while the app runs.
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        Execute("""
            CREATE TABLE IF NOT EXISTS outbox (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                message_id TEXT NOT NULL,
                subject TEXT NOT NULL,
                mime BLOB NOT NULL,
                status TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt INTEGER NOT NULL,
                last_error TEXT)
            """);
    }

    public string Location { get; }

    public long Add(string messageId, string subject, byte[] mime, DateTimeOffset now) =>
        (long)Scalar(
            "INSERT INTO outbox (message_id, subject, mime, status, next_attempt) VALUES ($messageId, $subject, $mime, 'Pending', $now) RETURNING id",
            ("$messageId", messageId), ("$subject", subject), ("$mime", mime), ("$now", now.ToUnixTimeMilliseconds()))!;

    public async Task<IDisposable?> AcquireDeliveryAsync(CancellationToken stop)
    {
        while (true)
        {
            try
            {
                return new FileStream(_lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                try
                {
                    await Task.Delay(_lockRetryDelay, stop);
                }
                catch (OperationCanceledException)
                {
                    return null;
                }
            }
        }
    }

    /// <summary>Puts back messages left <c>Sending</c> by a worker that stopped mid-attempt.</summary>
    public void RecoverInterrupted() => Execute("UPDATE outbox SET status = 'Pending' WHERE status = 'Sending'");

    /// <summary>Marks the oldest due message <c>Sending</c> and answers it, or null when none is due.</summary>
    public IOutboxClaim? ClaimDue(DateTimeOffset now)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE outbox SET status = 'Sending', attempts = attempts + 1
            WHERE id = (SELECT id FROM outbox WHERE status = 'Pending' AND next_attempt <= $now ORDER BY id LIMIT 1)
            RETURNING id, mime, attempts
            """;
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        using var reader = command.ExecuteReader();
        return reader.Read() ? new Claim(this, reader.GetInt64(0), (byte[])reader.GetValue(1), reader.GetInt32(2)) : null;
    }

    private void MarkSent(long id) =>
        Execute("UPDATE outbox SET status = 'Sent', last_error = NULL WHERE id = $id", ("$id", id));

    private void MarkFailed(long id, string reason) =>
        Execute("UPDATE outbox SET status = 'Failed', last_error = $reason WHERE id = $id", ("$id", id), ("$reason", reason));

    private void Reschedule(long id, DateTimeOffset at, string reason) =>
        Execute("UPDATE outbox SET status = 'Pending', next_attempt = $at, last_error = $reason WHERE id = $id",
            ("$id", id), ("$at", at.ToUnixTimeMilliseconds()), ("$reason", reason));

    /// <summary>When the next pending message is due, or null when none is pending: the one worker of the file knows of every new message.</summary>
    public DateTimeOffset? NextLook(DateTimeOffset now) =>
        Scalar("SELECT MIN(next_attempt) FROM outbox WHERE status = 'Pending'") is long ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    /// <summary>How many messages wait for delivery (pending or being sent) and how many failed for good; reading them proves the file readable.</summary>
    public (long Waiting, long Failed) Backlog()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FILTER (WHERE status IN ('Pending', 'Sending')), COUNT(*) FILTER (WHERE status = 'Failed') FROM outbox";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public IReadOnlyList<OutboxEntry> Entries()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {OutboxEntry.Columns} FROM outbox ORDER BY id";
        using var reader = command.ExecuteReader();
        return OutboxEntry.ReadAll(reader);
    }

    public bool IsUnavailable(Exception exception) => exception is SqliteException;

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open();
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Open();
        using var command = Command(connection, sql, parameters);
        return command.ExecuteScalar();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }

    /// <summary>A message marked <c>Sending</c>; left so if the worker stops, and recovered on the next start.</summary>
    private sealed record Claim(SqliteOutboxStore Store, long Id, byte[] Mime, int Attempts) : IOutboxClaim
    {
        public void MarkSent() => Store.MarkSent(Id);

        public void MarkFailed(string reason) => Store.MarkFailed(Id, reason);

        public void Reschedule(DateTimeOffset at, string reason) => Store.Reschedule(Id, at, reason);

        public void Dispose()
        {
        }
    }
}
