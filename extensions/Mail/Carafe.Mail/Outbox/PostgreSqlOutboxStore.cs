using Npgsql;

namespace Carafe.Mail.Outbox;

/// <summary>
/// The outbox in a PostgreSQL database that every app instance shares: the table
/// <c>carafe_mail_outbox</c>, created when missing. Every instance runs a worker, and any of
/// them may deliver a message, none twice: a worker claims a due row with
/// <c>SELECT ... FOR UPDATE SKIP LOCKED</c> in a transaction that it keeps open while it hands
/// the message to the SMTP server, then records the outcome and commits. If the worker dies or
/// loses its connection before the commit, PostgreSQL rolls the transaction back and the row is
/// due again for any worker; there is no <c>Sending</c> state to recover.
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
            last_error text);
        CREATE INDEX IF NOT EXISTS carafe_mail_outbox_pending ON carafe_mail_outbox (id) WHERE status = 'Pending';
        """;

    private readonly string _connectionString;
    private readonly TimeSpan _pollInterval;
    private volatile bool _created;

    /// <param name="connectionString">Npgsql's connection string.</param>
    /// <param name="location">The URL with its password hidden.</param>
    /// <param name="pollInterval">How often an idle worker looks for messages that other instances stored or left.</param>
    public PostgreSqlOutboxStore(string connectionString, string location, TimeSpan pollInterval)
    {
        _connectionString = connectionString;
        Location = location;
        _pollInterval = pollInterval;
    }

    public string Location { get; }

    public long Add(string messageId, string subject, byte[] mime, DateTimeOffset now)
    {
        using var connection = Open();
        using var command = Command(connection, null,
            "INSERT INTO carafe_mail_outbox (message_id, subject, mime, status, next_attempt) VALUES (@messageId, @subject, @mime, 'Pending', @now) RETURNING id",
            ("messageId", messageId), ("subject", subject), ("mime", mime), ("now", now));
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Nothing to wait for: workers share the table, each row locked by the one sending it.</summary>
    public Task<IDisposable?> AcquireDeliveryAsync(CancellationToken stop) => Task.FromResult<IDisposable?>(NothingHeld.Instance);

    /// <summary>Nothing to recover: an interrupted claim was rolled back by PostgreSQL.</summary>
    public void RecoverInterrupted()
    {
    }

    public IOutboxClaim? ClaimDue(DateTimeOffset now)
    {
        var connection = Open();
        NpgsqlTransaction? transaction = null;
        var handedOver = false;
        try
        {
            transaction = connection.BeginTransaction();
            using var command = Command(connection, transaction, """
                UPDATE carafe_mail_outbox SET attempts = attempts + 1
                WHERE id = (SELECT id FROM carafe_mail_outbox WHERE status = 'Pending' AND next_attempt <= @now ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, mime, attempts
                """, ("now", now));
            using (var reader = command.ExecuteReader())
            {
                if (reader.Read())
                {
                    var claim = new Claim(connection, transaction, reader.GetInt64(0), (byte[])reader.GetValue(1), reader.GetInt32(2));
                    // The claim owns the connection and its open transaction from here on.
                    handedOver = true;
                    return claim;
                }
            }
            transaction.Commit();
            return null;
        }
        catch (NpgsqlException)
        {
            ForgetPool(connection);
            throw;
        }
        finally
        {
            if (!handedOver)
            {
                transaction?.Dispose();
                connection.Dispose();
            }
        }
    }

    /// <summary>
    /// The next due time, but no later than the poll interval: other instances add messages
    /// without waking this worker, and rows due now that it could not claim are held by other
    /// workers, which may yet give them back.
    /// </summary>
    public DateTimeOffset? NextLook(DateTimeOffset now)
    {
        using var connection = Open();
        using var command = Command(connection, null, "SELECT MIN(next_attempt) FROM carafe_mail_outbox WHERE status = 'Pending'");
        var poll = now + _pollInterval;
        return command.ExecuteScalar() is DateTime due && new DateTimeOffset(due) is var next && next > now && next < poll ? next : poll;
    }

    public (long Waiting, long Failed) Backlog()
    {
        using var connection = Open();
        using var command = Command(connection, null,
            "SELECT COUNT(*) FILTER (WHERE status = 'Pending'), COUNT(*) FILTER (WHERE status = 'Failed') FROM carafe_mail_outbox");
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public IReadOnlyList<OutboxEntry> Entries()
    {
        using var connection = Open();
        using var command = Command(connection, null, "SELECT id, message_id, subject, status, attempts, last_error FROM carafe_mail_outbox ORDER BY id");
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
        using (var exists = Command(connection, null, "SELECT to_regclass('carafe_mail_outbox') IS NOT NULL"))
        {
            if ((bool)exists.ExecuteScalar()!)
            {
                return;
            }
        }
        using var command = Command(connection, null, CreateTable);
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

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return command;
    }

    /// <summary>A claimed row: locked by the open transaction until the outcome is committed, or rolled back on dispose.</summary>
    private sealed class Claim(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, byte[] mime, int attempts) : IOutboxClaim
    {
        public long Id => id;

        public byte[] Mime => mime;

        public int Attempts => attempts;

        public void MarkSent() => Commit("UPDATE carafe_mail_outbox SET status = 'Sent', last_error = NULL WHERE id = @id", ("id", id));

        public void MarkFailed(string reason) =>
            Commit("UPDATE carafe_mail_outbox SET status = 'Failed', last_error = @reason WHERE id = @id", ("id", id), ("reason", reason));

        public void Reschedule(DateTimeOffset at, string reason) =>
            Commit("UPDATE carafe_mail_outbox SET next_attempt = @at, last_error = @reason WHERE id = @id", ("id", id), ("at", at), ("reason", reason));

        public void Dispose()
        {
            transaction.Dispose();
            connection.Dispose();
        }

        private void Commit(string sql, params (string Name, object Value)[] parameters)
        {
            try
            {
                using (var command = Command(connection, transaction, sql, parameters))
                {
                    command.ExecuteNonQuery();
                }
                transaction.Commit();
            }
            catch (NpgsqlException)
            {
                ForgetPool(connection);
                throw;
            }
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
