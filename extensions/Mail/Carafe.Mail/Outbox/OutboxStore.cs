using Microsoft.Data.Sqlite;

namespace Carafe.Mail.Outbox;

/// <summary>
/// The outbox's SQLite file: one row per accepted message holding its MIME, its status and
/// its next attempt time. Each change is one statement in its own transaction, written with
/// <c>synchronous=FULL</c>, so an accepted message survives a crash or a restart.
/// </summary>
internal sealed class OutboxStore
{
    private readonly string _connectionString;

    public OutboxStore(string path)
    {
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

    public long Add(string messageId, string subject, byte[] mime, DateTimeOffset now) =>
        (long)Scalar(
            "INSERT INTO outbox (message_id, subject, mime, status, next_attempt) VALUES ($messageId, $subject, $mime, 'Pending', $now) RETURNING id",
            ("$messageId", messageId), ("$subject", subject), ("$mime", mime), ("$now", now.ToUnixTimeMilliseconds()))!;

    /// <summary>Puts back messages left <c>Sending</c> by a worker that stopped mid-attempt.</summary>
    public void RecoverInterrupted() => Execute("UPDATE outbox SET status = 'Pending' WHERE status = 'Sending'");

    /// <summary>Marks the oldest due message <c>Sending</c> and answers it, or null when none is due.</summary>
    public (long Id, byte[] Mime, int Attempts)? ClaimDue(DateTimeOffset now)
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
        return reader.Read() ? (reader.GetInt64(0), (byte[])reader.GetValue(1), reader.GetInt32(2)) : null;
    }

    public void MarkSent(long id) =>
        Execute("UPDATE outbox SET status = 'Sent', last_error = NULL WHERE id = $id", ("$id", id));

    public void MarkFailed(long id, string reason) =>
        Execute("UPDATE outbox SET status = 'Failed', last_error = $reason WHERE id = $id", ("$id", id), ("$reason", reason));

    public void Reschedule(long id, DateTimeOffset at, string reason) =>
        Execute("UPDATE outbox SET status = 'Pending', next_attempt = $at, last_error = $reason WHERE id = $id",
            ("$id", id), ("$at", at.ToUnixTimeMilliseconds()), ("$reason", reason));

    /// <summary>When the next pending message is due, or null when none is pending.</summary>
    public DateTimeOffset? NextDue() =>
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
        command.CommandText = "SELECT id, message_id, subject, status, attempts, last_error FROM outbox ORDER BY id";
        using var reader = command.ExecuteReader();
        var entries = new List<OutboxEntry>();
        while (reader.Read())
        {
            entries.Add(new OutboxEntry(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                Enum.Parse<OutboxStatus>(reader.GetString(3)), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }
        return entries;
    }

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
}
