using Microsoft.Data.Sqlite;
using MimeKit;

namespace Carafe.Mail.Outbox;

/// <summary>
/// Delivers the outbox in the background: takes due messages oldest first over one SMTP
/// session, marks each <c>Sent</c> as soon as the server accepts it, keeps 5xx refusals as
/// <c>Failed</c>, and reschedules anything else with a doubling delay. Stopping lets the
/// message in flight finish, so a stop never leaves a message half-sent. Only one worker
/// delivers a file at a time: it holds an exclusive lock on <c>&lt;file&gt;.lock</c>, which the
/// operating system releases if the process dies; a second worker (another app instance, another
/// test client) waits for it. So a message found <c>Sending</c> by the lock holder was left by a
/// worker that is gone, and is safe to send again.
/// </summary>
internal sealed class OutboxWorker : IAsyncDisposable
{
    private readonly OutboxStore _store;
    private readonly MailSettings _settings;
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private readonly string _lockPath;

    public OutboxWorker(OutboxStore store, MailSettings settings)
    {
        _store = store;
        _settings = settings;
        _lockPath = settings.OutboxPath + ".lock";
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Tells the worker a message was added, so it does not wait for its next timer.</summary>
    public void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken: one pending wake-up covers any number of new messages.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _wake.Dispose();
    }

    private async Task RunAsync()
    {
        using var exclusive = await AcquireLockAsync();
        if (exclusive is null)
        {
            return;
        }
        var recovered = false;
        while (!_stop.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                if (!recovered)
                {
                    _store.RecoverInterrupted();
                    recovered = true;
                }
                await DeliverDueAsync();
                wait = _store.NextDue() is { } due ? due - DateTimeOffset.UtcNow : Timeout.InfiniteTimeSpan;
            }
            catch (SqliteException)
            {
                // The file is busy or unwritable for now; the messages are still in it, so try again later.
                wait = _settings.OutboxRetryDelay;
            }
            if (wait == Timeout.InfiniteTimeSpan || wait > TimeSpan.Zero)
            {
                try
                {
                    await _wake.WaitAsync(wait, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>The lock on the outbox, once no other worker holds it; null if stopped before then.</summary>
    private async Task<FileStream?> AcquireLockAsync()
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
                    await Task.Delay(_settings.OutboxRetryDelay, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return null;
                }
            }
        }
    }

    private async Task DeliverDueAsync()
    {
        SmtpSession? session = null;
        try
        {
            while (!_stop.IsCancellationRequested && _store.ClaimDue(DateTimeOffset.UtcNow) is { } claimed)
            {
                using var activity = MailTelemetry.StartDelivery(claimed.Id, claimed.Attempts);
                try
                {
                    session ??= await SmtpSession.OpenAsync(_settings, CancellationToken.None);
                    using var mime = MimeMessage.Load(new MemoryStream(claimed.Mime));
                    await session.SendAsync(mime, CancellationToken.None);
                    _store.MarkSent(claimed.Id);
                    MailTelemetry.Delivered(activity, "sent");
                }
                catch (Exception e)
                {
                    if (FailureKind.IsTransient(e))
                    {
                        var delay = RetryPolicy.Delay(claimed.Attempts, _settings.OutboxRetryDelay, _settings.OutboxMaxRetryDelay);
                        _store.Reschedule(claimed.Id, DateTimeOffset.UtcNow + delay, FailureKind.Describe(e));
                        MailTelemetry.Delivered(activity, "retry", e);
                    }
                    else
                    {
                        _store.MarkFailed(claimed.Id, FailureKind.Describe(e));
                        MailTelemetry.Delivered(activity, "failed", e);
                    }
                    // The session may be broken after any failure: start the next message on a fresh one.
                    if (session is not null)
                    {
                        await session.DisposeAsync();
                        session = null;
                    }
                }
            }
        }
        finally
        {
            if (session is not null)
            {
                await session.DisposeAsync();
            }
        }
    }
}
