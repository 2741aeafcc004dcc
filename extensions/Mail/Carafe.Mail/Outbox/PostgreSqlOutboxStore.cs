using Npgsql;

namespace Carafe.Mail.Outbox;

/// <summary>
/// The outbox in a PostgreSQL database that every app instance shares: the table
/// <c>carafe_mail_outbox</c>, created when missing. Every instance runs a worker, and any of
/// them may deliver a message, none twice: a worker takes a due row with one committed statement
/// (<c>FOR UPDATE SKIP LOCKED</c> in its sub-select) that marks it <c>Sending</c>, counts the
/// attempt and sets a lease (<c>MAIL_OUTBOX_LEASE</c>); it then sends it and records the outcome.
/// No transaction stays open while the SMTP server works, so a lost database connection does not
/// give the message back: the worker records the outcome on a new one. A row still
/// <c>Sending</c> when its lease ran out was left by a worker that died, and is due again.
/// </summary>
internal sealed class PostgreSqlOutboxStore : IOutboxStore
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS carafe_mail_outbox (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            message_id text NOT NULL,
            subject text NOT NULL,
            mime bytea NOT NULL,
            status text NOT NULL,
            attempts integer NOT NULL DEFAULT 0,
            next_attempt timestamptz NOT NULL,
            last_error text,
            lease_until timestamptz);
        CREATE INDEX IF NOT EXISTS carafe_mail_outbox_due ON carafe_mail_outbox (id) WHERE status IN ('Pending', 'Sending');
        """;

    private readonly string _connectionString;
    private readonly TimeSpan _pollInterval;
    private readonly TimeSpan _lease;
    private volatile bool _created;

    /// <param name="connectionString">Npgsql's connection string.</param>
    /// <param name="location">The URL with its password hidden.</param>
    /// <param name="pollInterval">How often an idle worker looks for messages that other instances stored or left.</param>
    /// <param name="lease">How long a worker holds a message it took before others take it for dead.</param>
    public PostgreSqlOutboxStore(string connectionString, string location, TimeSpan pollInterval, TimeSpan lease)
    {
        _lease = lease;
        _connectionString = connectionString;
        Location = location;
        _pollInterval = pollInterval;
    }

    public string Location { get; }

    public long Add(string messageId, string subject, byte[] mime, DateTimeOffset now)
    {
        using var connection = Open();
        using var command = Command(connection,
            "INSERT INTO carafe_mail_outbox (message_id, subject, mime, status, next_attempt) VALUES (@messageId, @subject, @mime, 'Pending', @now) RETURNING id",
            ("messageId", messageId), ("subject", subject), ("mime", mime), ("now", now));
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Nothing to wait for: workers share the table, each row leased by the one sending it.</summary>
    public Task<IDisposable?> AcquireDeliveryAsync(CancellationToken stop) => Task.FromResult<IDisposable?>(NothingHeld.Instance);

    /// <summary>Nothing to recover at start: a row whose worker died is due again when its lease runs out.</summary>
    public void RecoverInterrupted()
    {
    }

    /// <summary>Leases the oldest due row: pending and due, or left <c>Sending</c> by a worker whose lease ran out (the server's clock).</summary>
    public IOutboxClaim? ClaimDue(DateTimeOffset now)
    {
        using var connection = Open();
        using var command = Command(connection, """
            UPDATE carafe_mail_outbox SET status = 'Sending', attempts = attempts + 1, lease_until = now() + @lease
            WHERE id = (
                SELECT id FROM carafe_mail_outbox
                WHERE (status = 'Pending' AND next_attempt <= @now) OR (status = 'Sending' AND lease_until < now())
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id, mime, attempts
            """, ("now", now), ("lease", _lease));
        using var reader = Run(connection, () => command.ExecuteReader());
        return reader.Read() ? new Claim(this, reader.GetInt64(0), (byte[])reader.GetValue(1), reader.GetInt32(2)) : null;
    }

    /// <summary>
    /// The next due time, but no later than the poll interval: other instances add messages
    /// without waking this worker, and rows due now that it could not claim are held by other
    /// workers, which may yet give them back or die (then their lease runs out).
    /// </summary>
    public DateTimeOffset? NextLook(DateTimeOffset now)
    {
        using var connection = Open();
        using var command = Command(connection,
            "SELECT LEAST(MIN(next_attempt) FILTER (WHERE status = 'Pending'), MIN(lease_until) FILTER (WHERE status = 'Sending')) FROM carafe_mail_outbox");
        var poll = now + _pollInterval;
        return command.ExecuteScalar() is DateTime due && new DateTimeOffset(due) is var next && next > now && next < poll ? next : poll;
    }

    public (long Waiting, long Failed) Backlog()
    {
        using var connection = Open();
        using var command = Command(connection,
            "SELECT COUNT(*) FILTER (WHERE status IN ('Pending', 'Sending')), COUNT(*) FILTER (WHERE status = 'Failed') FROM carafe_mail_outbox");
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public IReadOnlyList<OutboxEntry> Entries()
    {
        using var connection = Open();
        using var command = Command(connection, $"SELECT {OutboxEntry.Columns} FROM carafe_mail_outbox ORDER BY id");
        using var reader = command.ExecuteReader();
        return OutboxEntry.ReadAll(reader);
    }

    public bool IsUnavailable(Exception exception) => exception is NpgsqlException;

    /// <summary>An open connection, the table created on first use (so the app starts, and its worker waits, while the database is down).</summary>
    private NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            connection.Open();
            if (!_created)
            {
                CreateTableOnce(connection);
                _created = true;
            }
            return connection;
        }
        catch (NpgsqlException)
        {
            ForgetPool(connection);
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Creates the table unless it exists. The check comes first because PostgreSQL checks the
    /// right to create before it looks at <c>IF NOT EXISTS</c>: a role that may only read and
    /// write the table (the owner ran the migrations) must not be asked to create it.
    /// </summary>
    private static void CreateTableOnce(NpgsqlConnection connection)
    {
        using (var exists = Command(connection, "SELECT to_regclass('carafe_mail_outbox') IS NOT NULL"))
        {
            if ((bool)exists.ExecuteScalar()!)
            {
                return;
            }
        }
        using var command = Command(connection, CreateTable);
        try
        {
            command.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.DuplicateObject)
        {
            // Another instance starting at the same moment created it first; now IF NOT EXISTS sees it.
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Empties the pool after a connection failed: if the server went away, the pooled
    /// connections are dead too, and the next <c>Send</c> should not be handed one.
    /// </summary>
    private static void ForgetPool(NpgsqlConnection connection) => NpgsqlConnection.ClearPool(connection);

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }

    /// <summary>Runs <paramref name="action"/> on <paramref name="connection"/>, emptying the pool if the connection failed.</summary>
    private static T Run<T>(NpgsqlConnection connection, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (NpgsqlException)
        {
            ForgetPool(connection);
            throw;
        }
    }

    /// <summary>
    /// A leased row. Its outcome is written on a fresh connection: the one that took it may be long
    /// gone. A failure or a retry is only recorded while this worker still holds the lease (the row
    /// is <c>Sending</c> with this attempt's count); <c>Sent</c> always is, since the server took it.
    /// </summary>
    private sealed class Claim(PostgreSqlOutboxStore store, long id, byte[] mime, int attempts) : IOutboxClaim
    {
        public long Id => id;

        public byte[] Mime => mime;

        public int Attempts => attempts;

        public void MarkSent() => Execute("UPDATE carafe_mail_outbox SET status = 'Sent', last_error = NULL, lease_until = NULL WHERE id = @id", ("id", id));

        public void MarkFailed(string reason) => Execute(
            "UPDATE carafe_mail_outbox SET status = 'Failed', last_error = @reason, lease_until = NULL WHERE id = @id AND status = 'Sending' AND attempts = @attempts",
            ("id", id), ("attempts", attempts), ("reason", reason));

        public void Reschedule(DateTimeOffset at, string reason) => Execute(
            "UPDATE carafe_mail_outbox SET status = 'Pending', next_attempt = @at, last_error = @reason, lease_until = NULL WHERE id = @id AND status = 'Sending' AND attempts = @attempts",
            ("id", id), ("attempts", attempts), ("at", at), ("reason", reason));

        /// <summary>Nothing held: a claim never marked stays <c>Sending</c> until its lease runs out.</summary>
        public void Dispose()
        {
        }

        private void Execute(string sql, params (string Name, object Value)[] parameters)
        {
            using var connection = store.Open();
            using var command = Command(connection, sql, parameters);
            Run(connection, () => command.ExecuteNonQuery());
        }
    }

    private sealed class NothingHeld : IDisposable
    {
        public static readonly NothingHeld Instance = new();

        public void Dispose()
        {
        }
    }
}
