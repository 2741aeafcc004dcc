using MimeKit;

namespace Carafe.Mail.Outbox;

/// <summary>
/// Mail that survives failure (<c>MAIL_OUTBOX</c>): a message is stored in a SQLite file or a
/// shared PostgreSQL database before <c>Send</c> returns, and a background worker delivers it,
/// retrying with a doubling delay while the server is down, across app restarts. A message the
/// server refuses for good (5xx) is kept as <see cref="OutboxStatus.Failed"/> with the server's reason.
/// </summary>
/// <remarks>
/// A SQLite file is delivered by one worker at a time, holding an exclusive lock on
/// <c>&lt;file&gt;.lock</c>; a PostgreSQL outbox by every app instance's worker, each message by
/// the one that leased its row (<c>MAIL_OUTBOX_LEASE</c>). Each message is marked sent as soon as
/// the server accepts it; only a crash between the server's acceptance and that mark (or, with
/// PostgreSQL, a worker stuck past its lease) can send it again, and then with the same
/// Message-ID, so receivers can tell.
/// </remarks>
public sealed class DurableOutbox : IAsyncDisposable
{
    private readonly IOutboxStore _store;
    private readonly OutboxWorker _worker;

    private DurableOutbox(IOutboxStore store, OutboxWorker worker)
    {
        _store = store;
        _worker = worker;
    }

    /// <summary>Every message of the outbox, oldest first, with its status and last error.</summary>
    public IReadOnlyList<OutboxEntry> Entries() => _store.Entries();

    /// <summary>How many messages wait for delivery and how many failed for good.</summary>
    internal (long Waiting, long Failed) Backlog() => _store.Backlog();

    /// <summary>The outbox's file or URL (password hidden).</summary>
    internal string Location => _store.Location;

    /// <summary>Whether <paramref name="exception"/> is the outbox database being unusable for now.</summary>
    internal bool IsUnavailable(Exception exception) => _store.IsUnavailable(exception);

    /// <summary>Stops delivering, after the message in flight (if any) is finished.</summary>
    public ValueTask DisposeAsync() => _worker.DisposeAsync();

    /// <exception cref="InvalidOperationException"><c>MAIL_OUTBOX</c> is not a path or a usable URL.</exception>
    internal static DurableOutbox Open(MailSettings settings)
    {
        var store = OutboxLocation.Open(settings);
        return new DurableOutbox(store, new OutboxWorker(store, settings));
    }

    /// <exception cref="OutboxUnavailableException">The database cannot store it now.</exception>
    internal void Enqueue(MimeMessage mime)
    {
        using var raw = new MemoryStream();
        mime.WriteTo(raw);
        try
        {
            _store.Add(mime.MessageId ?? "", mime.Subject ?? "", raw.ToArray(), DateTimeOffset.UtcNow);
        }
        catch (Exception e) when (_store.IsUnavailable(e))
        {
            throw new OutboxUnavailableException(_store.Location, e);
        }
        _worker.Wake();
    }
}
