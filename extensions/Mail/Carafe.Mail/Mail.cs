using Carafe.Extensions;
using Carafe.Mail.Development;
using Carafe.Mail.Outbox;
using MimeKit;

namespace Carafe.Mail;

/// <summary>
/// The mail service of an app (Flask-Mail's <c>Mail</c>). Where a message goes is decided by
/// the settings: nowhere when <c>MAIL_SUPPRESS_SEND</c> (testing); to the
/// <see cref="DevelopmentOutbox"/> in debug with no <c>MAIL_SERVER</c>; to the durable
/// <see cref="Outbox"/> when <c>MAIL_OUTBOX</c> names a SQLite file or a PostgreSQL database; else straight to the
/// SMTP server. Every message is checked before anything else happens.
/// </summary>
public sealed class Mail : IDisposable, IAsyncDisposable
{
    private readonly Templating.Environment? _templates;

    /// <summary>Creates the service; with <c>MAIL_OUTBOX</c> set, opens the outbox and starts delivering what it holds.</summary>
    /// <exception cref="InvalidOperationException"><c>MAIL_OUTBOX</c> is neither a path nor a usable SQLite or PostgreSQL URL.</exception>
    /// <param name="settings">The configuration, usually <see cref="MailSettings.FromConfig"/> of the app's config.</param>
    /// <param name="templates">The app's template environment, for <see cref="Render(Message, string, string, object)"/>.</param>
    public Mail(MailSettings settings, Templating.Environment? templates = null)
    {
        Settings = settings;
        _templates = templates;
        Route = settings.SuppressSend ? Delivery.Suppressed
            : settings.Debug && !settings.ServerConfigured ? Delivery.Development
            : settings.OutboxPath is not null ? Delivery.Outbox
            : Delivery.Smtp;
        if (Route == Delivery.Development)
        {
            DevelopmentOutbox = new DevelopmentOutbox();
        }
        if (Route == Delivery.Outbox)
        {
            Outbox = DurableOutbox.Open(settings);
        }
    }

    /// <summary>The configuration in use.</summary>
    public MailSettings Settings { get; }

    /// <summary>The messages kept for the debug page, when in debug with no <c>MAIL_SERVER</c>; else null.</summary>
    public DevelopmentOutbox? DevelopmentOutbox { get; }

    /// <summary>The durable outbox, when <c>MAIL_OUTBOX</c> is set; else null.</summary>
    public DurableOutbox? Outbox { get; }

    /// <summary>Raised for every dispatched message, even a suppressed one (Flask-Mail's <c>email_dispatched</c>).</summary>
    public event EventHandler<Message>? MessageDispatched;

    internal Delivery Route { get; }

    /// <summary>
    /// Sends <paramref name="message"/>. With the durable outbox, it returns once the message
    /// is stored; delivery happens in the background.
    /// </summary>
    /// <exception cref="OutboxUnavailableException">The durable outbox's database cannot store the message now; it was not accepted.</exception>
    /// <exception cref="InvalidAddressException">An address does not parse.</exception>
    /// <exception cref="BadHeaderException">A header value holds CR or LF.</exception>
    /// <exception cref="ArgumentException">No sender or no recipient.</exception>
    public void Send(Message message) => SendAsync(message).GetAwaiter().GetResult();

    /// <summary>Sends <paramref name="message"/>, as <see cref="Send"/>.</summary>
    public async Task SendAsync(Message message, CancellationToken cancellationToken = default)
    {
        await using var connection = Connect();
        await connection.SendAsync(message, cancellationToken);
    }

    /// <summary>Builds a <see cref="Message"/> and sends it (Flask-Mail's <c>send_message</c>).</summary>
    public void SendMessage(string subject, IEnumerable<string> recipients, string? body = null, string? html = null, string? sender = null) =>
        Send(new Message(subject, recipients, body, html, sender));

    /// <summary>A connection for sending many messages over one SMTP session (Flask-Mail's <c>connect</c>).</summary>
    public Connection Connect() => new(this);

    /// <summary>Records the messages dispatched until the recorder is disposed (Flask-Mail's <c>record_messages</c>).</summary>
    public MessageRecorder RecordMessages() => new(this);

    /// <summary>
    /// Fills <paramref name="message"/>'s html and text parts from templates of the environment
    /// <see cref="Mail"/> was created with, rendered with <paramref name="context"/> (an anonymous
    /// object or a dictionary), and answers the message.
    /// </summary>
    /// <exception cref="InvalidOperationException">The service was made without a template environment.</exception>
    public Message Render(Message message, string? htmlTemplate = null, string? textTemplate = null, object? context = null)
    {
        var templates = _templates ?? throw new InvalidOperationException(
            "Templated mail needs a template environment: create Mail with one, or pass the view's IViewHelpers to render with the app's.");
        return Render(message, htmlTemplate, textTemplate, name => templates.GetTemplate(name).Render(context));
    }

    /// <summary>
    /// Fills <paramref name="message"/>'s html and text parts from the app's templates, rendered
    /// as <c>render_template</c> does (the app's context processors, <c>url_for</c>, <c>g</c>),
    /// and answers the message. For views: take <see cref="IViewHelpers"/> as a parameter.
    /// </summary>
    public Message Render(Message message, IViewHelpers views, string? htmlTemplate = null, string? textTemplate = null, object? context = null) =>
        Render(message, htmlTemplate, textTemplate, name => views.RenderTemplate(name, context));

    /// <summary>Stops the outbox's background delivery, letting a message being sent finish.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Outbox is not null)
        {
            await Outbox.DisposeAsync();
        }
    }

    /// <summary>Stops the outbox's background delivery, letting a message being sent finish.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    internal void Keep(Message message, MimeMessage mime)
    {
        switch (Route)
        {
            case Delivery.Development:
                DevelopmentOutbox!.Add(message, mime);
                break;
            case Delivery.Outbox:
                Outbox!.Enqueue(mime);
                break;
        }
    }

    internal void OnDispatched(Message message) => MessageDispatched?.Invoke(this, message);

    private static Message Render(Message message, string? htmlTemplate, string? textTemplate, Func<string, string> render)
    {
        if (htmlTemplate is not null)
        {
            message.Html = render(htmlTemplate);
        }
        if (textTemplate is not null)
        {
            message.Body = render(textTemplate);
        }
        return message;
    }
}
