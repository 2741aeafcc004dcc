using System.Text;
using Carafe.Mail.Tests.Support;
using MimeKit;

namespace Carafe.Mail.Tests;

/// <summary>What a real server receives for each part of a <see cref="Message"/>, parsed with MimeKit.</summary>
public class MessageCompositionTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];

    private static async Task<(MimeMessage Message, string[] Envelope)> Deliver(Message message, MailSettings? basis = null)
    {
        await using var server = await TestSmtpServer.StartAsync();
        await new Mail(server.Settings(basis)).SendAsync(message);
        return (Assert.Single(server.Received), Assert.Single(server.Envelopes));
    }

    private static string RawHeader(MimeMessage message, HeaderId id) =>
        Encoding.ASCII.GetString(message.Headers.First(h => h.Id == id).RawValue).Trim();

    [Fact]
    public async Task Addresses_go_in_their_headers_and_bcc_only_in_the_envelope()
    {
        var message = new Message("Hi", ["Ann <ann@example.com>", "bob@example.com"], "Body", sender: MailAddress.Format("Shop, Inc.", "shop@example.com"))
        {
            Cc = ["cid@example.com"],
            Bcc = ["boss@example.com"],
            ReplyTo = "help@example.com",
        };

        var (received, envelope) = await Deliver(message);

        Assert.Equal("\"Shop, Inc.\" <shop@example.com>", received.From.ToString());
        Assert.Equal("\"Ann\" <ann@example.com>, bob@example.com", received.To.ToString());
        Assert.Equal("cid@example.com", received.Cc.ToString());
        Assert.Empty(received.Bcc);
        Assert.False(received.Headers.Contains(HeaderId.Bcc));
        Assert.Equal("help@example.com", received.ReplyTo.ToString());
        Assert.Equal(["ann@example.com", "bob@example.com", "cid@example.com", "boss@example.com"], envelope);
    }

    [Fact]
    public async Task The_default_sender_fills_a_missing_sender()
    {
        var (received, _) = await Deliver(new Message("Hi", ["to@example.com"], "Body"), new MailSettings { DefaultSender = "Team <team@example.com>" });

        Assert.Equal("\"Team\" <team@example.com>", received.From.ToString());
    }

    [Fact]
    public async Task Utf8_subjects_and_names_are_encoded_words()
    {
        var message = new Message("Grüße ☕", [MailAddress.Format("Zoë Ådams", "zoe@example.com")], "Body", sender: "app@example.com");

        var (received, _) = await Deliver(message);

        Assert.Equal("Grüße ☕", received.Subject);
        Assert.Equal("Zoë Ådams", received.To.Mailboxes.Single().Name);
        Assert.Equal("=?utf-8?b?R3LDvMOfZSDimJU=?=", RawHeader(received, HeaderId.Subject));
        Assert.Equal("=?utf-8?b?Wm/DqyDDhWRhbXM=?= <zoe@example.com>", RawHeader(received, HeaderId.To));
    }

    [Fact]
    public async Task Date_message_id_and_extra_headers_are_kept()
    {
        var message = new Message("Hi", ["to@example.com"], "Body")
        {
            Date = new DateTimeOffset(2026, 11, 26, 1, 2, 3, TimeSpan.Zero),
            MessageId = "1234.5678@example.com",
            ExtraHeaders = { ["X-Campaign"] = "spring", ["List-Unsubscribe"] = "<mailto:stop@example.com>" },
        };

        var (received, _) = await Deliver(message);

        Assert.Equal("Thu, 26 Nov 2026 01:02:03 +0000", RawHeader(received, HeaderId.Date));
        Assert.Equal("1234.5678@example.com", received.MessageId);
        Assert.Equal("spring", received.Headers["X-Campaign"]);
        Assert.Equal("<mailto:stop@example.com>", received.Headers["List-Unsubscribe"]);
    }

    [Fact]
    public async Task Text_only_is_one_text_plain_part()
    {
        var (received, _) = await Deliver(new Message("Hi", ["to@example.com"], "Héllo\nthere"));

        var part = Assert.IsType<TextPart>(received.Body);
        Assert.Equal("text/plain; charset=utf-8", part.ContentType.MimeType + "; charset=" + part.ContentType.Charset);
        Assert.Equal("Héllo\nthere", part.Text);
    }

    [Fact]
    public async Task Text_and_html_are_multipart_alternative()
    {
        var (received, _) = await Deliver(new Message("Hi", ["to@example.com"], "Plain", "<p>Rich</p>"));

        var alternative = Assert.IsType<MultipartAlternative>(received.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Equal("Plain", received.TextBody);
        Assert.Equal("<p>Rich</p>", received.HtmlBody);
    }

    [Fact]
    public async Task Html_only_is_one_text_html_part()
    {
        var (received, _) = await Deliver(new Message("Hi", ["to@example.com"], html: "<p>Rich</p>"));

        Assert.Equal("text/html", Assert.IsType<TextPart>(received.Body).ContentType.MimeType);
    }

    [Fact]
    public async Task Attachments_follow_the_body_in_multipart_mixed()
    {
        var message = new Message("Hi", ["to@example.com"], "See attached");
        message.Attach("report.csv", "text/csv", Encoding.UTF8.GetBytes("a,b\n1,2\n"), headers: new Dictionary<string, string> { ["X-Report"] = "daily" });
        message.Attach("naïve café.png", "image/png", Png);

        var (received, _) = await Deliver(message);

        var mixed = Assert.IsType<Multipart>(received.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        Assert.Equal(["text/plain", "text/csv", "image/png"], mixed.Select(p => p.ContentType.MimeType));
        var csv = (MimePart)mixed[1];
        Assert.Equal("attachment", csv.ContentDisposition!.Disposition);
        Assert.Equal("report.csv", csv.FileName);
        Assert.Equal("daily", csv.Headers["X-Report"]);
        Assert.Equal("a,b\n1,2\n", Encoding.UTF8.GetString(Content(csv)));
        var png = (MimePart)mixed[2];
        Assert.Equal("naïve café.png", png.FileName);
        Assert.Equal(Png, Content(png));
    }

    [Fact]
    public async Task Ascii_attachments_drop_accents_from_file_names()
    {
        var message = new Message("Hi", ["to@example.com"], "See attached");
        message.Attach("Résumé.pdf", "application/pdf", [1, 2, 3]);

        var (received, _) = await Deliver(message, new MailSettings { AsciiAttachments = true });

        Assert.Equal("Resume.pdf", received.Attachments.OfType<MimePart>().Single().FileName);
    }

    [Fact]
    public async Task Inline_images_sit_with_the_html_in_multipart_related()
    {
        var message = new Message("Hi", ["to@example.com"], "Logo", "<img src=\"cid:logo@shop\">");
        message.Attach("logo.png", "image/png", Png, disposition: "inline", contentId: "logo@shop");

        var (received, _) = await Deliver(message);

        var alternative = Assert.IsType<MultipartAlternative>(received.Body);
        var related = Assert.IsType<MultipartRelated>(alternative[1]);
        Assert.Equal(["text/html", "image/png"], related.Select(p => p.ContentType.MimeType));
        var image = (MimePart)related[1];
        Assert.Equal("logo@shop", image.ContentId);
        Assert.Equal("inline", image.ContentDisposition!.Disposition);
        Assert.Equal(Png, Content(image));
    }

    [Fact]
    public async Task The_charset_applies_to_the_text_parts()
    {
        var (received, _) = await Deliver(new Message("Hi", ["to@example.com"], "Grüße") { Charset = "iso-8859-1" });

        var part = Assert.IsType<TextPart>(received.Body);
        Assert.Equal("iso-8859-1", part.ContentType.Charset);
        Assert.Equal("Grüße", part.Text);
    }

    private static byte[] Content(MimePart part)
    {
        using var data = new MemoryStream();
        part.Content!.DecodeTo(data);
        return data.ToArray();
    }
}
