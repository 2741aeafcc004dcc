namespace Carafe.Mail.Outbox;

/// <summary>
/// Where the durable outbox keeps its messages: a SQLite file (<see cref="SqliteOutboxStore"/>)
/// or a PostgreSQL database shared by every app instance (<see cref="PostgreSqlOutboxStore"/>).
/// The worker delivers through it the same way for both; only how a message is held while it
/// is sent differs.
/// </summary>
internal interface IOutboxStore
{
    /// <summary>The file or the URL (password hidden), for errors and health reports.</summary>
    string Location { get; }

    /// <summary>Stores a message, due at once; it is durable when this returns.</summary>
    long Add(string messageId, string subject, byte[] mime, DateTimeOffset now);

    /// <summary>
    /// Waits until this worker may deliver and answers what to dispose when it stops; null if
    /// <paramref name="stop"/> came first.
    /// </summary>
    Task<IDisposable?> AcquireDeliveryAsync(CancellationToken stop);

    /// <summary>Makes due again the messages a worker that stopped mid-attempt left claimed.</summary>
    void RecoverInterrupted();

    /// <summary>Takes the oldest due message no other worker holds, or null when there is none.</summary>
    IOutboxClaim? ClaimDue(DateTimeOffset now);

    /// <summary>When the worker should look for due messages again, or null when only a new message can bring work.</summary>
    DateTimeOffset? NextLook(DateTimeOffset now);

    /// <summary>How many messages wait for delivery and how many failed for good; reading them proves the database readable.</summary>
    (long Waiting, long Failed) Backlog();

    /// <summary>Every message, oldest first.</summary>
    IReadOnlyList<OutboxEntry> Entries();

    /// <summary>Whether <paramref name="exception"/> says the database cannot be used for now (busy, unreachable, down), so trying later may work.</summary>
    bool IsUnavailable(Exception exception);
}
