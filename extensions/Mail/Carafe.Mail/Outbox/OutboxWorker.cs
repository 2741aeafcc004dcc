using MimeKit;

namespace Carafe.Mail.Outbox;

/// <summary>
/// Delivers the outbox in the background: claims due messages oldest first over one SMTP
/// session, marks each <c>Sent</c> as soon as the server accepts it, keeps 5xx refusals as
/// <c>Failed</c>, and reschedules anything else with a doubling delay. Stopping lets the
/// message in flight finish, so a stop never leaves a message half-sent. Whether it shares
/// the work with other workers (PostgreSQL) or waits for its turn (a SQLite file) is the store's
/// business; while the database cannot be used, it tries again every retry delay.
/// </summary>
internal sealed class OutboxWorker : IAsyncDisposable
{
    private readonly IOutboxStore _store;
    private readonly MailSettings _settings;
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private SmtpSession? _session;

    public OutboxWorker(IOutboxStore store, MailSettings settings)
    {
        _store = store;
        _settings = settings;
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
        using var delivering = await _store.AcquireDeliveryAsync(_stop.Token);
        if (delivering is null)
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
                var now = DateTimeOffset.UtcNow;
                wait = _store.NextLook(now) is { } look ? look - now : Timeout.InfiniteTimeSpan;
            }
            catch (Exception e) when (_store.IsUnavailable(e))
            {
                // The database is busy, unwritable or unreachable for now; the messages are still in it, so try again later.
                wait = _settings.OutboxRetryDelay;
            }
            catch (Exception e)
            {
                // A bug, or a connection object left broken: ending the loop would stop delivery
                // for the life of the process while Send goes on accepting mail. Report and retry.
                MailTelemetry.WorkerFault(e);
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

    private async Task DeliverDueAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                // Measured before the claim, so that this worker's end of the lease is never later than the database's.
                var leaseEnds = DateTimeOffset.UtcNow + _settings.EffectiveOutboxLease;
                using var claim = _store.ClaimDue(DateTimeOffset.UtcNow);
                if (claim is null)
                {
                    break;
                }
                await DeliverAsync(claim, leaseEnds);
            }
        }
        finally
        {
            await CloseSessionAsync();
        }
    }

    /// <summary>Sends one claimed message over the worker's SMTP session and records the outcome.</summary>
    private async Task DeliverAsync(IOutboxClaim claim, DateTimeOffset leaseEnds)
    {
        using var activity = MailTelemetry.StartDelivery(claim.Id, claim.Attempts);
        try
        {
            _session ??= await SmtpSession.OpenAsync(_settings, CancellationToken.None);
            using var mime = MimeMessage.Load(new MemoryStream(claim.Mime));
            await _session.SendAsync(mime, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The session may be broken after any failure: the next message starts on a fresh one.
            await CloseSessionAsync();
            if (FailureKind.IsTransient(e))
            {
                var delay = RetryPolicy.Delay(claim.Attempts, _settings.OutboxRetryDelay, _settings.OutboxMaxRetryDelay);
                await RecordAsync(() => claim.Reschedule(DateTimeOffset.UtcNow + delay, FailureKind.Describe(e)), leaseEnds);
                MailTelemetry.Delivered(activity, "retry", e);
            }
            else
            {
                await RecordAsync(() => claim.MarkFailed(FailureKind.Describe(e)), leaseEnds);
                MailTelemetry.Delivered(activity, "failed", e);
            }
            return;
        }
        MailTelemetry.Delivered(activity, "sent");
        await RecordAsync(claim.MarkSent, leaseEnds);
    }

    /// <summary>
    /// Records the outcome of an attempt. While the database is unavailable, tries again until the
    /// lease runs out (or the worker stops): a sent message given up earlier would be sent again by
    /// another worker, and a failed one would wait out the whole lease. A failure after that is the
    /// store's to report.
    /// </summary>
    private async Task RecordAsync(Action record, DateTimeOffset leaseEnds)
    {
        while (true)
        {
            try
            {
                record();
                return;
            }
            catch (Exception e) when (_store.IsUnavailable(e) && !_stop.IsCancellationRequested && DateTimeOffset.UtcNow + _settings.OutboxRetryDelay < leaseEnds)
            {
                await Task.Delay(_settings.OutboxRetryDelay);
            }
        }
    }

    private async Task CloseSessionAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
            _session = null;
        }
    }
}
