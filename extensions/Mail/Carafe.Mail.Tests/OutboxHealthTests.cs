using Carafe.Mail.Outbox;
using Carafe.Mail.Tests.Support;
using Carafe.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Carafe.Mail.Tests;

/// <summary>The <c>mail:outbox</c> health check: the durable outbox's database readable, and its backlog.</summary>
public class OutboxHealthTests
{
    private static async Task<HealthCheckResult> CheckAsync(Mail mail) =>
        await new OutboxHealthCheck(mail).CheckHealthAsync(new HealthCheckContext());

    [Fact]
    public async Task The_app_s_health_endpoint_reports_the_backlog_while_the_server_is_down()
    {
        using var folder = new TempFolder();
        await using var server = TestSmtpServer.Stopped();
        var app = new CarafeApp(rootPath: folder.Path);
        app.Extensions.Options.Enabled = ["Mail"];
        app.Config["MAIL_SERVER"] = "127.0.0.1";
        app.Config["MAIL_PORT"] = server.Port;
        app.Config["MAIL_DEFAULT_SENDER"] = "app@example.com";
        app.Config["MAIL_OUTBOX"] = folder.File("outbox.db");
        app.Config["MAIL_OUTBOX_HEALTH_BACKLOG"] = 1;
        app.Post("/send", (Mail mail) =>
        {
            mail.Send(new Message("Hello", ["to@example.com"], body: "Hi"));
            return "queued";
        }, endpoint: "send");
        using var client = app.TestClient();

        client.Post("/send");
        client.Post("/send");
        var health = client.Get("/healthz");

        Assert.Equal(200, health.StatusCode);
        Assert.Equal(
            """{"status":"Degraded","checks":{"app":{"status":"Healthy","description":"app is serving."},""" +
            "\"mail:outbox\":{\"status\":\"Degraded\",\"description\":\"2 messages wait for delivery, more than MAIL_OUTBOX_HEALTH_BACKLOG (1).\"," +
            "\"data\":{\"waiting\":2,\"failed\":0}}}}",
            health.Text);
    }

    [Fact]
    public async Task Delivered_and_refused_messages_leave_no_backlog()
    {
        using var folder = new TempFolder();
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpOptions { RejectedRecipient = "nobody@example.com" });
        await using var mail = new Mail(server.Settings(new MailSettings { OutboxPath = folder.File("outbox.db") }));
        mail.Send(new Message("Delivered", ["to@example.com"], body: "Hi"));
        mail.Send(new Message("Refused", ["nobody@example.com"], body: "Hi"));
        await Eventually.Until(mail.Outbox!.Entries, e => e.All(m => m.Status is OutboxStatus.Sent or OutboxStatus.Failed), "both messages settled");

        var result = await CheckAsync(mail);

        Assert.Equal((HealthStatus.Healthy, "0 messages wait for delivery."), (result.Status, result.Description));
        Assert.Equal(new Dictionary<string, object> { ["waiting"] = 0L, ["failed"] = 1L }, result.Data);
    }

    [Fact]
    public async Task An_unreadable_outbox_database_is_unhealthy()
    {
        using var folder = new TempFolder();
        var path = folder.File("outbox.db");
        await using var mail = new Mail(new MailSettings { Server = "127.0.0.1", ServerConfigured = true, OutboxPath = path });
        await File.WriteAllTextAsync(path, "this is not a SQLite database, it is a text file of some length");

        var result = await CheckAsync(mail);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal($"The outbox database {path} cannot be read: SQLite Error 26: 'file is not a database'.", result.Description);
    }

    [Fact]
    public async Task Without_a_durable_outbox_there_is_nothing_to_check()
    {
        await using var mail = new Mail(new MailSettings { SuppressSend = true });

        var result = await CheckAsync(mail);

        Assert.Equal((HealthStatus.Healthy, "No durable outbox: MAIL_OUTBOX is not set."), (result.Status, result.Description));
    }
}
