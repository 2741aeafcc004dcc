using Carafe.Extensions;
using Carafe.Templating;
using Carafe.Testing;

namespace Carafe.Mail.Tests;

/// <summary>The extension referenced as a package: the Tutorial's contact form, on a fresh app with no SMTP server.</summary>
public class MailExtensionTests
{
    private static CarafeApp ContactApp(bool debug)
    {
        var app = new CarafeApp();
        app.Extensions.Options.Enabled = ["Mail"];
        app.Config["DEBUG"] = debug;
        app.Config["MAIL_DEFAULT_SENDER"] = "Tutorial <tutorial@example.com>";
        app.AddTemplateLoader(new DictLoader(new Dictionary<string, string>
        {
            ["mail/contact.html"] = "<p>{{ name }} wrote: {{ text }}</p><p><a href=\"{{ url_for('contact', _external=True) }}\">reply</a></p>",
            ["mail/contact.txt"] = "{{ name }} wrote: {{ text }}",
        }));
        app.Post("/contact", (Request request, Mail mail, IViewHelpers views) =>
        {
            var message = new Message($"Contact from {request.Form["name"]}", ["owner@example.com"]) { ReplyTo = request.Form["email"] };
            mail.Send(mail.Render(message, views, "mail/contact.html", "mail/contact.txt", new { name = request.Form["name"], text = request.Form["text"] }));
            return "Thanks!";
        }, endpoint: "contact");
        return app;
    }

    [Fact]
    public void Is_found_as_a_referenced_extension()
    {
        var app = ContactApp(debug: true);
        using var client = app.TestClient();

        Assert.Equal(new ExtensionEntry("Mail", "0.2.0", "reference", ExtensionState.Loaded, null), Assert.Single(app.Extensions.Entries));
    }

    [Fact]
    public void A_contact_form_message_shows_up_in_the_development_outbox()
    {
        using var client = ContactApp(debug: true).TestClient();

        var posted = client.Post("/contact", form: new { name = "Ann", email = "ann@example.com", text = "Hi <there>" });
        var page = client.Get("/mail/outbox");

        Assert.Equal("Thanks!", posted.Text);
        Assert.Equal(200, page.StatusCode);
        Assert.Contains("1 message.</p>", page.Text);
        Assert.Contains("<h2>Contact from Ann</h2>", page.Text);
        Assert.Contains("<dt>From</dt><dd>&#34;Tutorial&#34; &lt;tutorial@example.com&gt;</dd>", page.Text);
        Assert.Contains("<pre>Ann wrote: Hi &lt;there&gt;</pre>", page.Text);
        Assert.Contains("srcdoc=\"&lt;p&gt;Ann wrote: Hi &amp;lt;there&amp;gt;&lt;/p&gt;&lt;p&gt;&lt;a href=&#34;http://localhost/contact&#34;&gt;reply&lt;/a&gt;&lt;/p&gt;\"", page.Text);
    }

    [Fact]
    public void The_development_outbox_page_exists_only_in_debug()
    {
        using var client = ContactApp(debug: false).TestClient();

        Assert.Equal(404, client.Get("/mail/outbox").StatusCode);
    }

    [Fact]
    public void With_a_server_configured_the_page_says_there_is_no_development_outbox()
    {
        var app = ContactApp(debug: true);
        app.Config["MAIL_SERVER"] = "smtp.example.com";
        using var client = app.TestClient();

        var page = client.Get("/mail/outbox");

        Assert.Equal(404, page.StatusCode);
        Assert.Contains("There is no development outbox: MAIL_SERVER is set, so mail goes to that server.", page.Text);
    }
}
