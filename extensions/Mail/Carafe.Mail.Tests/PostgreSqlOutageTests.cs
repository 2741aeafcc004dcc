using Carafe.Mail.Outbox;
using Carafe.Mail.Tests.Support;
using Carafe.Orm.PostgreSql.Tests;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Carafe.Mail.Tests;

/// <summary>
/// The PostgreSQL outbox while its database is down: a server of this class's own, stopped and
/// started again. Nothing accepted is lost, nothing is accepted silently while down.
/// </summary>
public class PostgreSqlOutageTests(PostgreSqlServer postgres) : IClassFixture<PostgreSqlServer>
{
    [SkippableFact]
    public async Task While_the_database_is_down_send_throws_and_queued_mail_is_delivered_once_it_is_back()
    {
        Skip.If(postgres.Unavailable is not null, postgres.Unavailable);
        var url = postgres.CreateDatabase();
        await using var server = TestSmtpServer.Stopped();
        await using var mail = new Mail(server.Settings(new MailSettings
        {
            OutboxPath = url,
            OutboxRetryDelay = TimeSpan.FromMilliseconds(20),
            OutboxMaxRetryDelay = TimeSpan.FromMilliseconds(100),
        }));
        var queued = Enumerable.Range(1, 3).Select(n => new Message($"Message {n}", ["to@example.com"], body: "Hi")).ToList();
        queued.ForEach(mail.Send);

        postgres.Stop();
        await server.StartAsync();
        var refused = Assert.Throws<OutboxUnavailableException>(() => mail.Send(new Message("Refused", ["to@example.com"], body: "Hi")));
        var health = await new OutboxHealthCheck(mail).CheckHealthAsync(new HealthCheckContext());
        postgres.Start();
        var later = new Message("Later", ["to@example.com"], body: "Hi");
        mail.Send(later);
        var entries = await Eventually.Until(mail.Outbox!.Entries, e => e.Count == 4 && e.All(m => m.Status == OutboxStatus.Sent), "every accepted message sent", 30);

        Assert.Equal($"The message was not accepted: the outbox database {url} cannot be used (Failed to connect to 127.0.0.1:{postgres.Port}).", refused.Message);
        Assert.Equal((HealthStatus.Unhealthy, $"The outbox database {url} cannot be read: Failed to connect to 127.0.0.1:{postgres.Port}"), (health.Status, health.Description));
        Assert.Equal([.. queued.Select(m => m.MessageId), later.MessageId], entries.Select(e => e.MessageId));
        Assert.Equal(entries.Select(e => e.MessageId).Order(), server.Received.Select(m => m.MessageId).Order());
    }

    [SkippableFact]
    public async Task An_app_starts_and_its_worker_waits_while_the_database_is_unreachable()
    {
        Skip.If(postgres.Unavailable is not null, postgres.Unavailable);
        var url = postgres.CreateDatabase();
        postgres.Stop();
        try
        {
            await using var server = await TestSmtpServer.StartAsync();
            await using var mail = new Mail(server.Settings(new MailSettings { OutboxPath = url, OutboxRetryDelay = TimeSpan.FromMilliseconds(20) }));
            Assert.Throws<OutboxUnavailableException>(() => mail.Send(new Message("Refused", ["to@example.com"], body: "Hi")));
            postgres.Start();

            var message = new Message("Accepted", ["to@example.com"], body: "Hi");
            mail.Send(message);
            var received = await Eventually.Until(() => server.Received, r => r.Count > 0, "the message delivered", 30);

            Assert.Equal(message.MessageId, Assert.Single(received).MessageId);
        }
        finally
        {
            postgres.Start();
        }
    }
}
