using Carafe.Templating;

namespace Carafe.Mail.Tests;

public class TemplatedMailTests
{
    private static readonly Templating.Environment Templates = new()
    {
        Loader = new DictLoader(new Dictionary<string, string>
        {
            ["mail/welcome.html"] = "<p>Welcome, {{ user }}!</p>",
            ["mail/welcome.txt"] = "Welcome, {{ user }}!",
        }),
        AutoescapeSelector = name => name?.EndsWith(".html", StringComparison.Ordinal) ?? false,
    };

    [Fact]
    public void Html_and_text_parts_come_from_templates()
    {
        var mail = new Mail(new MailSettings { SuppressSend = true, DefaultSender = "app@example.com" }, Templates);

        var message = mail.Render(new Message("Welcome", ["ann@example.com"]), "mail/welcome.html", "mail/welcome.txt", new { user = "Ann & <Bob>" });

        Assert.Equal("<p>Welcome, Ann &amp; &lt;Bob&gt;!</p>", message.Html);
        Assert.Equal("Welcome, Ann & <Bob>!", message.Body);
    }

    [Fact]
    public void Without_an_environment_templated_mail_says_what_is_missing()
    {
        var mail = new Mail(new MailSettings { SuppressSend = true });

        var error = Assert.Throws<InvalidOperationException>(() => mail.Render(new Message(), "mail/welcome.html"));

        Assert.Equal("Templated mail needs a template environment: create Mail with one, or pass the view's IViewHelpers to render with the app's.", error.Message);
    }
}
