namespace Carafe.Mail.Outbox;

/// <summary>
/// A message a worker took for delivery. It ends with one of <see cref="MarkSent"/>,
/// <see cref="MarkFailed"/> or <see cref="Reschedule"/>; left without one (the worker died, or
/// could not reach the database), the store makes it due again: a SQLite file at the worker's
/// next start, a PostgreSQL outbox when its lease runs out.
/// </summary>
internal interface IOutboxClaim : IDisposable
{
    /// <summary>Its row number.</summary>
    long Id { get; }

    /// <summary>Its MIME, exactly as accepted.</summary>
    byte[] Mime { get; }

    /// <summary>How many attempts, this one included.</summary>
    int Attempts { get; }

    /// <summary>The server took it.</summary>
    void MarkSent();

    /// <summary>The server refused it for good.</summary>
    void MarkFailed(string reason);

    /// <summary>The attempt failed for now: due again at <paramref name="at"/>.</summary>
    void Reschedule(DateTimeOffset at, string reason);
}
