namespace Carafe.Mail;

/// <summary>
/// A connection for sending many messages (Flask-Mail's <c>mail.connect()</c>): one SMTP
/// session, renewed every <c>MAIL_MAX_EMAILS</c> messages. When mail is suppressed, kept in the
/// development outbox or queued to the durable outbox, no SMTP session is opened.
/// </summary>
public sealed class Connection : IDisposable, IAsyncDisposable
{
    private readonly Mail _mail;
    private SmtpSession? _session;
    private int _sentOnSession;

    internal Connection(Mail mail) => _mail = mail;

    /// <summary>How many messages this connection has dispatched.</summary>
    public int Count { get; private set; }

    /// <summary>Sends <paramref name="message"/>; see <see cref="Mail.Send"/> for the errors.</summary>
    public void Send(Message message) => SendAsync(message).GetAwaiter().GetResult();

    /// <summary>Sends <paramref name="message"/>; see <see cref="Mail.Send"/> for the errors.</summary>
    public Task SendAsync(Message message, CancellationToken cancellationToken = default) =>
        MailTelemetry.Observed
            ? MailTelemetry.SendAsync(message, _mail.Route, () => DispatchAsync(message, cancellationToken))
            : DispatchAsync(message, cancellationToken);

    private async Task DispatchAsync(Message message, CancellationToken cancellationToken)
    {
        var mime = MimeComposer.Compose(message, _mail.Settings);
        if (_mail.Route == Delivery.Smtp)
        {
            if (_session is not null && _mail.Settings.MaxEmails is { } max && _sentOnSession >= max)
            {
                await _session.DisposeAsync();
                _session = null;
            }
            if (_session is null)
            {
                _session = await SmtpSession.OpenAsync(_mail.Settings, cancellationToken);
                _sentOnSession = 0;
            }
            try
            {
                await _session.SendAsync(mime, cancellationToken);
            }
            catch
            {
                // After a failure the session's state is unknown: the next message starts a fresh one.
                await _session.DisposeAsync();
                _session = null;
                throw;
            }
            _sentOnSession++;
        }
        else
        {
            _mail.Keep(message, mime);
        }
        Count++;
        _mail.OnDispatched(message);
    }

    /// <summary>Builds a <see cref="Message"/> and sends it (Flask-Mail's <c>send_message</c>).</summary>
    public void SendMessage(string subject, IEnumerable<string> recipients, string? body = null, string? html = null, string? sender = null) =>
        Send(new Message(subject, recipients, body, html, sender));

    /// <summary>Closes the SMTP session, if one is open.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
            _session = null;
        }
    }

    /// <summary>Closes the SMTP session, if one is open.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
