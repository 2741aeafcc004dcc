using Carafe.Extensions;
using Carafe.Mail.Outbox;
using Carafe.Mail.Tests.Support;
using Carafe.Testing;

namespace Carafe.Mail.Tests;

/// <summary>The extension dropped in as a plugin, loaded from its build output in its own load context.</summary>
public class MailPluginTests
{
    private static readonly string MailDll = PluginTestHost.BuildOutputOf("../Carafe.Mail", "Carafe.Mail");

    [Fact]
    public void Loads_as_a_plugin_and_serves_the_development_outbox_in_debug()
    {
        var app = PluginTestHost.CreateApp(MailDll);
        app.Config["DEBUG"] = true;
        app.Config["MAIL_SUPPRESS_SEND"] = false;
        using var client = app.TestClient();

        var page = client.Get("/mail/outbox");

        Assert.Equal([new ExtensionEntry("Mail", "0.2.0", MailDll, ExtensionState.Loaded, null)], app.Extensions.Entries);
        Assert.Equal(200, page.StatusCode);
        Assert.Contains("0 messages.</p>", page.Text);
    }

    [Fact]
    public async Task Its_command_sends_a_test_message_with_the_apps_settings()
    {
        await using var server = await TestSmtpServer.StartAsync();
        var app = PluginTestHost.CreateApp(MailDll, ["send-test-mail", "ann@example.com", "bob@example.com"]);
        app.Config["MAIL_SERVER"] = "127.0.0.1";
        app.Config["MAIL_PORT"] = server.Port;
        app.Config["MAIL_DEFAULT_SENDER"] = "app@example.com";

        await app.RunAsync();

        var received = Assert.Single(server.Received);
        Assert.Equal("Test message from Carafe.Mail", received.Subject);
        Assert.Equal(["ann@example.com", "bob@example.com"], Assert.Single(server.Envelopes));
    }

    [Fact]
    public async Task The_durable_outbox_resumes_delivering_when_the_app_starts()
    {
        using var folder = new TempFolder();
        await using var server = await TestSmtpServer.StartAsync();
        var path = folder.File("outbox.db");
        var message = new Message("Left over", ["to@example.com"], "From before the restart");
        using (var raw = new MemoryStream())
        {
            MimeComposer.Compose(message, new MailSettings { DefaultSender = "app@example.com" }).WriteTo(raw);
            new SqliteOutboxStore(path, TimeSpan.FromSeconds(5)).Add(message.MessageId, message.Subject, raw.ToArray(), DateTimeOffset.UtcNow);
        }
        var app = PluginTestHost.CreateApp(MailDll);
        app.Config["MAIL_SUPPRESS_SEND"] = false;
        app.Config["MAIL_SERVER"] = "127.0.0.1";
        app.Config["MAIL_PORT"] = server.Port;
        app.Config["MAIL_OUTBOX"] = path;

        using (app.TestClient())
        {
            await Eventually.Until(() => server.Received.Count, count => count == 1, "the left-over message");
        }

        Assert.Equal(message.MessageId, Assert.Single(server.Received).MessageId);
        Assert.Equal(OutboxStatus.Sent, Assert.Single(new SqliteOutboxStore(path, TimeSpan.FromSeconds(5)).Entries()).Status);
    }
}
