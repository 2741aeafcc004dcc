using Carafe.Mail.Development;

namespace Carafe.Mail.Tests;

/// <summary>In debug with no SMTP server configured, mail is kept for the debug page.</summary>
public class DevelopmentOutboxTests
{
    private static Mail Debug() => new(MailSettings.FromConfig([new("DEBUG", true), new("MAIL_DEFAULT_SENDER", "Shop <shop@example.com>")]));

    [Fact]
    public void Debug_without_a_server_keeps_messages_instead_of_connecting()
    {
        var mail = Debug();

        mail.SendMessage("Hello", ["ann@example.com"], "Hi Ann");

        var kept = Assert.Single(mail.DevelopmentOutbox!.Messages);
        Assert.Equal("Hello", kept.Message.Subject);
        Assert.Equal("\"Shop\" <shop@example.com>", kept.From);
        Assert.Contains("\nSubject: Hello\n", kept.Mime);
    }

    [Fact]
    public void A_configured_server_or_no_debug_means_no_development_outbox()
    {
        Assert.Null(new Mail(MailSettings.FromConfig([new("DEBUG", true), new("MAIL_SERVER", "smtp.example.com")])).DevelopmentOutbox);
        Assert.Null(new Mail(MailSettings.FromConfig([])).DevelopmentOutbox);
    }

    [Fact]
    public void The_page_lists_messages_newest_first_with_their_content_escaped()
    {
        var mail = Debug();
        mail.SendMessage("First", ["ann@example.com"], "One");
        mail.Send(new Message("<b>Second</b>", ["bob@example.com"], "Two & more", "<p onclick=\"x\">Rich</p>") { Cc = ["cc@example.com"] });

        var page = DevelopmentOutboxPage.Render(mail.DevelopmentOutbox!);

        Assert.Contains("2 messages.</p>", page);
        Assert.True(page.IndexOf("&lt;b&gt;Second&lt;/b&gt;", StringComparison.Ordinal) < page.IndexOf("<h2>First</h2>", StringComparison.Ordinal));
        Assert.Contains("<dt>To</dt><dd>bob@example.com</dd>", page);
        Assert.Contains("<dt>Cc</dt><dd>cc@example.com</dd>", page);
        Assert.Contains("<pre>Two &amp; more</pre>", page);
        Assert.Contains("<iframe sandbox srcdoc=\"&lt;p onclick=&#34;x&#34;&gt;Rich&lt;/p&gt;\"></iframe>", page);
        Assert.DoesNotContain("<b>Second</b>", page);
    }

    [Fact]
    public void An_empty_outbox_says_so()
    {
        var page = DevelopmentOutboxPage.Render(new DevelopmentOutbox());

        Assert.Contains("0 messages.</p>", page);
        Assert.DoesNotContain("<article>", page);
    }
}
