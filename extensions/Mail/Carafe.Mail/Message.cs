namespace Carafe.Mail;

/// <summary>
/// An email, as Flask-Mail's <c>Message</c>. Addresses are written as <c>user@example.com</c> or
/// <c>Name &lt;user@example.com&gt;</c>; <see cref="MailAddress"/> builds the second form from a
/// name and an address (Flask-Mail's <c>(name, address)</c> tuples). Nothing is checked until the
/// message is sent: then an invalid address or a line break in a header value is an error.
/// </summary>
public sealed class Message
{
    /// <summary>Creates a message; every part can also be set afterwards.</summary>
    public Message(string subject = "", IEnumerable<string>? recipients = null, string? body = null, string? html = null, string? sender = null)
    {
        Subject = subject;
        Recipients = recipients?.ToList() ?? [];
        Body = body;
        Html = html;
        Sender = sender;
    }

    /// <summary>The subject line.</summary>
    public string Subject { get; set; }

    /// <summary>The From address; null takes <c>MAIL_DEFAULT_SENDER</c>.</summary>
    public string? Sender { get; set; }

    /// <summary>The To addresses.</summary>
    public List<string> Recipients { get; set; }

    /// <summary>The Cc addresses.</summary>
    public List<string> Cc { get; set; } = [];

    /// <summary>The Bcc addresses: they receive the message but appear in no header.</summary>
    public List<string> Bcc { get; set; } = [];

    /// <summary>The Reply-To address, or null.</summary>
    public string? ReplyTo { get; set; }

    /// <summary>The plain text part, or null.</summary>
    public string? Body { get; set; }

    /// <summary>The html part, or null.</summary>
    public string? Html { get; set; }

    /// <summary>The attached files, in order.</summary>
    public List<Attachment> Attachments { get; set; } = [];

    /// <summary>Headers added as they are (their values may not contain line breaks).</summary>
    public IDictionary<string, string> ExtraHeaders { get; set; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Date header; as in Flask-Mail, the moment the message was created.</summary>
    public DateTimeOffset Date { get; set; } = DateTimeOffset.Now;

    /// <summary>
    /// The Message-ID without angle brackets, made when the message is created (Flask-Mail's
    /// <c>msgId</c>). The outbox keeps it across retries, so a receiver can tell a resend.
    /// </summary>
    public string MessageId { get; set; } = MimeKit.Utils.MimeUtils.GenerateMessageId();

    /// <summary>The character set of the text parts and encoded headers; <c>utf-8</c> by default.</summary>
    public string Charset { get; set; } = "utf-8";

    /// <summary>Everyone the message goes to: <see cref="Recipients"/>, <see cref="Cc"/> and <see cref="Bcc"/>.</summary>
    public IEnumerable<string> SendTo => Recipients.Concat(Cc).Concat(Bcc);

    /// <summary>Adds a To address (Flask-Mail's <c>add_recipient</c>).</summary>
    public void AddRecipient(string recipient) => Recipients.Add(recipient);

    /// <summary>Attaches a file (Flask-Mail's <c>attach</c>) and answers it.</summary>
    public Attachment Attach(string? filename, string contentType, byte[] data, string disposition = "attachment", IDictionary<string, string>? headers = null, string? contentId = null)
    {
        var attachment = new Attachment(filename, contentType, data)
        {
            Disposition = disposition,
            ContentId = contentId,
            Headers = headers ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
        };
        Attachments.Add(attachment);
        return attachment;
    }
}
