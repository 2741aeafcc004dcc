using System.Globalization;
using System.Text;
using MimeKit;

namespace Carafe.Mail;

/// <summary>
/// Turns a <see cref="Message"/> into the MIME that goes on the wire, checking it first: every
/// address must parse and no header value may hold a line break. Layout as Flask-Mail's:
/// text, or text and html as multipart/alternative, in multipart/mixed with the attachments;
/// inline attachments with a content id sit with the html part in multipart/related.
/// </summary>
internal static class MimeComposer
{
    public static MimeMessage Compose(Message message, MailSettings settings)
    {
        var encoding = Encoding(message.Charset);
        var mime = new MimeMessage();
        var sender = message.Sender ?? settings.DefaultSender
            ?? throw new ArgumentException("The message does not specify a sender and a default sender has not been configured (MAIL_DEFAULT_SENDER).", nameof(message));
        mime.From.Add(Address(sender, "sender"));
        if (!message.SendTo.Any())
        {
            throw new ArgumentException("No recipients have been added.", nameof(message));
        }
        mime.To.AddRange(message.Recipients.Select(r => Address(r, "recipient")));
        mime.Cc.AddRange(message.Cc.Select(r => Address(r, "cc")));
        mime.Bcc.AddRange(message.Bcc.Select(r => Address(r, "bcc")));
        if (message.ReplyTo is { } replyTo)
        {
            mime.ReplyTo.Add(Address(replyTo, "reply-to"));
        }
        mime.Headers.Replace(HeaderId.Subject, encoding, CheckedValue("Subject", message.Subject));
        mime.Date = message.Date;
        mime.MessageId = CheckedValue("Message-ID", message.MessageId);
        foreach (var (name, value) in message.ExtraHeaders)
        {
            mime.Headers.Replace(name, encoding, CheckedValue(name, value));
        }
        mime.Body = Body(message, settings);
        return mime;
    }

    private static MimeEntity Body(Message message, MailSettings settings)
    {
        var text = message.Body is null && message.Html is not null ? null : TextPart("plain", message.Body ?? "", message.Charset);
        var inline = message.Html is null ? [] : message.Attachments.Where(a => a.ContentId is not null && a.Disposition == "inline").ToList();
        MimeEntity? html = message.Html is null ? null : TextPart("html", message.Html, message.Charset);
        if (html is not null && inline.Count > 0)
        {
            var related = new MultipartRelated { html };
            foreach (var attachment in inline)
            {
                related.Add(AttachmentPart(attachment, settings));
            }
            html = related;
        }
        MimeEntity body = (text, html) switch
        {
            ({ } t, { } h) => new MultipartAlternative { t, h },
            (null, { } h) => h,
            ({ } t, null) => t,
            _ => throw new InvalidOperationException("A message always has a text or an html part."),
        };
        var attachments = message.Attachments.Except(inline).ToList();
        if (attachments.Count == 0)
        {
            return body;
        }
        var mixed = new Multipart("mixed") { body };
        foreach (var attachment in attachments)
        {
            mixed.Add(AttachmentPart(attachment, settings));
        }
        return mixed;
    }

    private static TextPart TextPart(string subtype, string text, string charset)
    {
        var part = new TextPart(subtype);
        part.SetText(Encoding(charset), text);
        return part;
    }

    private static MimePart AttachmentPart(Attachment attachment, MailSettings settings)
    {
        if (!ContentType.TryParse(attachment.ContentType, out var contentType))
        {
            throw new ArgumentException($"The attachment {attachment.Filename} has an invalid content type '{attachment.ContentType}'.", nameof(attachment));
        }
        var filename = attachment.Filename is { } name ? CheckedValue("attachment filename", settings.AsciiAttachments ? Ascii(name) : name) : null;
        var part = new MimePart(contentType)
        {
            Content = new MimeContent(new MemoryStream(attachment.Data)),
            ContentDisposition = new ContentDisposition(attachment.Disposition) { FileName = filename },
            ContentTransferEncoding = ContentEncoding.Base64,
        };
        if (attachment.ContentId is { } contentId)
        {
            part.ContentId = CheckedValue("Content-ID", contentId);
        }
        foreach (var (headerName, value) in attachment.Headers)
        {
            part.Headers.Replace(headerName, CheckedValue(headerName, value));
        }
        return part;
    }

    private static MailboxAddress Address(string text, string role)
    {
        CheckedValue(role, text);
        if (!MailboxAddress.TryParse(text, out var address) || address.LocalPart.Length == 0 || address.Domain.Length == 0)
        {
            throw new InvalidAddressException($"The {role} address '{text}' is not a valid email address (expected user@example.com or Name <user@example.com>).");
        }
        return address;
    }

    private static string CheckedValue(string name, string value) =>
        value.AsSpan().IndexOfAny('\r', '\n') < 0
            ? value
            : throw new BadHeaderException($"The {name} header value contains a line break (CR or LF), which could inject headers: '{value.ReplaceLineEndings("\\n")}'.");

    // Flask-Mail's MAIL_ASCII_ATTACHMENTS: decompose accents, then drop what is not ASCII.
    private static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            if (c < 128)
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static Encoding Encoding(string charset)
    {
        try
        {
            return System.Text.Encoding.GetEncoding(charset);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The charset '{charset}' is not supported."), nameof(charset), e);
        }
    }
}
