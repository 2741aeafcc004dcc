using Carafe.Mail.Outbox;
using Carafe.Mail.Tests.Support;
using Carafe.Orm.PostgreSql.Tests;
using Carafe.Testing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Carafe.Mail.Tests;

/// <summary>
/// The durable outbox in a shared PostgreSQL database (<c>MAIL_OUTBOX=postgresql://...</c>), on a
/// real server of the tests' own, a database per test: any instance delivers, none twice.
/// </summary>
public class PostgreSqlOutboxTests(PostgreSqlServer postgres) : IClassFixture<PostgreSqlServer>
{
    private string Database()
    {
        Skip.If(postgres.Unavailable is not null, postgres.Unavailable);
        return postgres.CreateDatabase();
    }

    private static MailSettings Outbox(string url) => new()
    {
        OutboxPath = url,
        OutboxRetryDelay = TimeSpan.FromMilliseconds(20),
        OutboxMaxRetryDelay = TimeSpan.FromMilliseconds(100),
    };

    private static Message Numbered(int n) => new($"Message {n}", ["to@example.com"], body: $"Body {n}");

    private static Task<IReadOnlyList<OutboxEntry>> AllSent(Mail mail, int count, int seconds = 30) =>
        Eventually.Until(mail.Outbox!.Entries, entries => entries.Count == count && entries.All(e => e.Status == OutboxStatus.Sent), $"{count} messages sent", seconds);

    [SkippableFact]
    public async Task A_message_sent_through_an_app_is_delivered_and_marked_sent()
    {
        var url = Database();
        await using var server = await TestSmtpServer.StartAsync();
        var app = new CarafeApp();
        app.Extensions.Options.Enabled = ["Mail"];
        app.Config["MAIL_SERVER"] = "127.0.0.1";
        app.Config["MAIL_PORT"] = server.Port;
        app.Config["MAIL_DEFAULT_SENDER"] = "app@example.com";
        app.Config["MAIL_OUTBOX"] = url;
        string? messageId = null;
        app.Post("/send", (Mail mail) =>
        {
            var message = new Message("Hello", ["to@example.com"], body: "Hi");
            mail.Send(message);
            messageId = message.MessageId;
            return "queued";
        }, endpoint: "send");
        using var client = app.TestClient();

        var response = client.Post("/send");
        var received = await Eventually.Until(() => server.Received, r => r.Count > 0, "the message at the SMTP server", 30);
        await using var reader = new Mail(Outbox(url));
        var entry = await Eventually.Until(() => reader.Outbox!.Entries().Single(), e => e.Status == OutboxStatus.Sent, "the row marked sent", 30);

        Assert.Equal((200, "queued"), (response.StatusCode, response.Text));
        Assert.Equal(messageId, Assert.Single(received).MessageId);
        Assert.Equal(new OutboxEntry(1, messageId!, "Hello", OutboxStatus.Sent, 1, null), entry);
    }

    [SkippableFact]
    public async Task Three_instances_on_one_database_deliver_each_of_240_messages_exactly_once()
    {
        var url = Database();
        await using var server = await TestSmtpServer.StartAsync();
        var instances = Enumerable.Range(0, 3).Select(_ => new Mail(server.Settings(Outbox(url)))).ToList();
        var messages = Enumerable.Range(1, 240).Select(Numbered).ToList();

        await Task.WhenAll(instances.Select((mail, i) => Task.Run(() =>
        {
            foreach (var message in messages.Where((_, n) => n % 3 == i))
            {
                mail.Send(message);
            }
        })));
        var entries = await AllSent(instances[0], 240, seconds: 60);
        foreach (var mail in instances)
        {
            await mail.DisposeAsync();
        }

        Assert.Equal(messages.Select(m => m.MessageId).Order(), server.Received.Select(m => m.MessageId).Order());
        Assert.All(entries, e => Assert.Equal(1, e.Attempts));
    }

    [SkippableFact]
    public async Task A_message_whose_worker_died_mid_send_is_delivered_by_another_instance_when_the_lease_runs_out()
    {
        var url = Database();
        await using var server = await TestSmtpServer.StartAsync();
        var shortLease = Outbox(url) with { Timeout = TimeSpan.FromSeconds(1), OutboxLease = TimeSpan.FromSeconds(2) };
        var dead = OutboxLocation.Open(shortLease);
        dead.Add("<m1@example.com>", "Hello", System.Text.Encoding.ASCII.GetBytes("Subject: Hello\r\nFrom: a@example.com\r\nTo: b@example.com\r\nMessage-Id: <m1@example.com>\r\n\r\nHi\r\n"), DateTimeOffset.UtcNow);

        // A worker takes the message and dies before any outcome: the row stays Sending, leased.
        Assert.Equal(1, dead.ClaimDue(DateTimeOffset.UtcNow)!.Attempts);
        var left = Assert.Single(dead.Entries());
        await using var second = new Mail(server.Settings(shortLease));
        var entry = await Eventually.Until(() => second.Outbox!.Entries().Single(), e => e.Status == OutboxStatus.Sent, "the row marked sent by the second instance", 30);

        Assert.Equal((OutboxStatus.Sending, 1), (left.Status, left.Attempts));
        Assert.Equal("m1@example.com", Assert.Single(server.Received).MessageId);
        Assert.Equal((OutboxStatus.Sent, 2, null), (entry.Status, entry.Attempts, entry.LastError));
    }

    [SkippableFact]
    public async Task A_worker_whose_database_connection_is_killed_mid_send_still_marks_the_message_sent_and_it_arrives_once()
    {
        var url = Database();
        var hold = new SmtpHold { Accept = true };
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpOptions { HoldFirst = hold });
        await using var first = new Mail(server.Settings(Outbox(url + "?Application%20Name=first")));
        var message = Numbered(1);
        first.Send(message);
        await hold.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        await using var second = new Mail(server.Settings(Outbox(url)));

        // The server holds the message's data: cut every database connection of the sending instance, as a failover would.
        Assert.True(Terminate("first") > 0);
        hold.Release();
        var entry = await Eventually.Until(() => second.Outbox!.Entries().Single(), e => e.Status == OutboxStatus.Sent, "the row marked sent", 30);

        Assert.Equal(message.MessageId, Assert.Single(server.Received).MessageId);
        Assert.Equal((OutboxStatus.Sent, 1, null), (entry.Status, entry.Attempts, entry.LastError));
    }

    [SkippableFact]
    public async Task A_permanent_refusal_is_kept_with_the_reason_and_not_retried()
    {
        var url = Database();
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpOptions { RejectedRecipient = "nobody@example.com" });
        var mail = new Mail(server.Settings(Outbox(url)));

        mail.Send(new Message("Lost?", ["nobody@example.com"], "Hi"));
        mail.Send(Numbered(2));
        var entries = await Eventually.Until(mail.Outbox!.Entries, e => e.Count == 2 && e.All(m => m.Status is OutboxStatus.Failed or OutboxStatus.Sent), "both settled", 30);
        await mail.DisposeAsync();

        Assert.Equal(new OutboxEntry(1, entries[0].MessageId, "Lost?", OutboxStatus.Failed, 1, "550: mailbox unavailable"), entries[0]);
        Assert.Equal(OutboxStatus.Sent, entries[1].Status);
        Assert.Equal("Message 2", Assert.Single(server.Received).Subject);
    }

    [SkippableFact]
    public async Task The_health_check_reports_the_backlog_then_healthy_once_delivered()
    {
        var url = Database();
        await using var server = TestSmtpServer.Stopped();
        await using var mail = new Mail(server.Settings(Outbox(url) with { OutboxHealthBacklog = 2 }));
        mail.Send(Numbered(1));
        mail.Send(Numbered(2));
        mail.Send(Numbered(3));

        var degraded = await new OutboxHealthCheck(mail).CheckHealthAsync(new HealthCheckContext());
        await server.StartAsync();
        await AllSent(mail, 3);
        var healthy = await new OutboxHealthCheck(mail).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Degraded, "3 messages wait for delivery, more than MAIL_OUTBOX_HEALTH_BACKLOG (2)."), (degraded.Status, degraded.Description));
        Assert.Equal(new Dictionary<string, object> { ["waiting"] = 3L, ["failed"] = 0L }, degraded.Data);
        Assert.Equal((HealthStatus.Healthy, "0 messages wait for delivery."), (healthy.Status, healthy.Description));
        Assert.Equal(new Dictionary<string, object> { ["waiting"] = 0L, ["failed"] = 0L }, healthy.Data);
    }

    [SkippableFact]
    public async Task Instances_starting_together_on_an_empty_database_all_create_the_table_and_send()
    {
        var url = Database();
        await using var server = await TestSmtpServer.StartAsync();
        using var start = new Barrier(8);

        var instances = await Task.WhenAll(Enumerable.Range(1, 8).Select(n => Task.Run(() =>
        {
            var mail = new Mail(server.Settings(Outbox(url)));
            start.SignalAndWait();
            mail.Send(Numbered(n));
            return mail;
        })));
        await AllSent(instances[0], 8);
        foreach (var mail in instances)
        {
            await mail.DisposeAsync();
        }

        Assert.Equal(8, server.Received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(8, server.Received.Count);
    }

    [SkippableFact]
    public async Task A_role_that_may_only_read_and_write_the_existing_table_delivers()
    {
        var url = Database();
        await using (var owner = new Mail(Outbox(url)))
        {
            Assert.Empty(owner.Outbox!.Entries());
        }
        var role = GrantReadWriteOnly(url);
        await using var server = await TestSmtpServer.StartAsync();
        await using var mail = new Mail(server.Settings(Outbox(url.Replace("postgres@", role + "@"))));
        var message = Numbered(1);

        mail.Send(message);
        var entries = await AllSent(mail, 1);

        Assert.Equal(message.MessageId, Assert.Single(server.Received).MessageId);
        Assert.Equal(new OutboxEntry(1, message.MessageId!, "Message 1", OutboxStatus.Sent, 1, null), Assert.Single(entries));
    }

    /// <summary>
    /// Creates a login role that may read and write the outbox table of <paramref name="url"/>'s database, but not own or
    /// alter it; answers its name. The identity's sequence is looked up: two instances creating the table at once can
    /// leave it a name other than <c>carafe_mail_outbox_id_seq</c>.
    /// </summary>
    private string GrantReadWriteOnly(string url)
    {
        var database = url[(url.LastIndexOf('/') + 1)..];
        var role = "writer_" + database;
        using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={postgres.Port};Username=postgres;Database={database};Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand($"""
            CREATE ROLE {role} LOGIN;
            GRANT SELECT, INSERT, UPDATE ON carafe_mail_outbox TO {role};
            DO $grant$ BEGIN
                EXECUTE format('GRANT USAGE ON SEQUENCE %s TO {role}', pg_get_serial_sequence('carafe_mail_outbox', 'id'));
            END $grant$;
            """, connection);
        command.ExecuteNonQuery();
        return role;
    }

    /// <summary>Ends every session of <paramref name="application"/>, as PostgreSQL does when a failover or a network cut loses them; answers how many it ended.</summary>
    private int Terminate(string application)
    {
        using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={postgres.Port};Username=postgres;Database=postgres;Pooling=false");
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @application", connection);
        command.Parameters.AddWithValue("application", application);
        return Convert.ToInt32(command.ExecuteScalar());
    }
}
