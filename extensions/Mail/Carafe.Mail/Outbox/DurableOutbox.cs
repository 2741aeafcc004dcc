using MimeKit;

namespace Carafe.Mail.Outbox;

/// <summary>
/// Mail that survives failure (<c>MAIL_OUTBOX</c>): a message is stored in a SQLite file
/// before <c>Send</c> returns, and a background worker delivers it, retrying with a doubling
/// delay while the server is down, across app restarts. A message the server refuses for
/// good (5xx) is kept as <see cref="OutboxStatus.Failed"/> with the server's reason.
/// </summary>
/// <remarks>
/// One worker delivers a given file at a time, holding an exclusive lock on <c>&lt;file&gt;.lock</c>. Each message is marked sent as soon as the
/// server accepts it; only a crash in the instant between the server's acceptance and that
/// mark can send it again, and then with the same Message-ID, so receivers can tell.
/// </remarks>
public sealed class DurableOutbox : IAsyncDisposable
{
    private readonly OutboxStore _store;
    private readonly OutboxWorker _worker;

    private DurableOutbox(OutboxStore store, OutboxWorker worker)
    {
        _store = store;
        _worker = worker;
    }

    /// <summary>Every message of the outbox, oldest first, with its status and last error.</summary>
    public IReadOnlyList<OutboxEntry> Entries() => _store.Entries();

    /// <summary>How many messages wait for delivery and how many failed for good.</summary>
    internal (long Waiting, long Failed) Backlog() => _store.Backlog();

    /// <summary>Stops delivering, after the message in flight (if any) is finished.</summary>
    public ValueTask DisposeAsync() => _worker.DisposeAsync();

    internal static DurableOutbox Open(MailSettings settings)
    {
        var store = new OutboxStore(settings.OutboxPath!);
        return new DurableOutbox(store, new OutboxWorker(store, settings));
    }

    internal void Enqueue(MimeMessage mime)
    {
        using var raw = new MemoryStream();
        mime.WriteTo(raw);
        _store.Add(mime.MessageId ?? "", mime.Subject ?? "", raw.ToArray(), DateTimeOffset.UtcNow);
        _worker.Wake();
    }
}
