using Carafe.Mail.Outbox;
using Carafe.Mail.Tests.Support;

namespace Carafe.Mail.Tests;

public class DurableOutboxTests
{
    private static MailSettings Outbox(TempFolder folder) => new()
    {
        OutboxPath = folder.File("outbox.db"),
        OutboxRetryDelay = TimeSpan.FromMilliseconds(20),
        OutboxMaxRetryDelay = TimeSpan.FromMilliseconds(100),
    };

    private static Message Numbered(int n) => new($"Message {n}", ["to@example.com"], body: $"Body {n}");

    private static Task<IReadOnlyList<OutboxEntry>> AllSent(Mail mail, int count) =>
        Eventually.Until(mail.Outbox!.Entries, entries => entries.Count == count && entries.All(e => e.Status == OutboxStatus.Sent), $"{count} messages sent");

    [Fact]
    public async Task A_message_sent_while_the_server_is_down_is_delivered_once_when_it_is_back()
    {
        using var folder = new TempFolder();
        await using var server = TestSmtpServer.Stopped();
        var mail = new Mail(server.Settings(Outbox(folder)));
        var message = Numbered(1);

        mail.Send(message);
        var waiting = await Eventually.Until(() => mail.Outbox!.Entries().Single(), e => e.Attempts >= 2 && e.Status == OutboxStatus.Pending, "two failed attempts");
        await server.StartAsync();
        await AllSent(mail, 1);
        await mail.DisposeAsync();

        Assert.Equal("SocketException: Connection refused", waiting.LastError);
        Assert.Equal(message.MessageId, Assert.Single(server.Received).MessageId);
    }

    [Fact]
    public async Task Queued_messages_survive_an_app_restart()
    {
        using var folder = new TempFolder();
        await using var server = TestSmtpServer.Stopped();
        var first = new Mail(server.Settings(Outbox(folder)));
        first.Send(Numbered(1));
        first.Send(Numbered(2));
        await Eventually.Until(first.Outbox!.Entries, e => e.All(m => m.Attempts >= 1 && m.Status == OutboxStatus.Pending), "a failed attempt each");
        await first.DisposeAsync();
        await server.StartAsync();

        var second = new Mail(server.Settings(Outbox(folder)));
        await AllSent(second, 2);
        await second.DisposeAsync();

        Assert.Equal(["Message 1", "Message 2"], server.Received.Select(m => m.Subject).Order());
    }

    [Fact]
    public async Task Restarting_the_worker_mid_way_delivers_every_message_exactly_once()
    {
        using var folder = new TempFolder();
        await using var server = await TestSmtpServer.StartAsync();
        var messages = Enumerable.Range(1, 8).Select(Numbered).ToList();
        var first = new Mail(server.Settings(Outbox(folder)));
        foreach (var message in messages)
        {
            first.Send(message);
        }
        await Eventually.Until(first.Outbox!.Entries, e => e.Any(m => m.Status == OutboxStatus.Sent), "a first delivery");
        await first.DisposeAsync();

        var second = new Mail(server.Settings(Outbox(folder)));
        await AllSent(second, 8);
        await second.DisposeAsync();

        Assert.Equal(messages.Select(m => m.MessageId).Order(), server.Received.Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task Two_apps_on_one_outbox_file_deliver_each_message_once()
    {
        using var folder = new TempFolder();
        await using var server = await TestSmtpServer.StartAsync();
        var messages = Enumerable.Range(1, 10).Select(Numbered).ToList();
        var first = new Mail(server.Settings(Outbox(folder)));
        var second = new Mail(server.Settings(Outbox(folder)));
        foreach (var (message, i) in messages.Select((m, i) => (m, i)))
        {
            (i % 2 == 0 ? first : second).Send(message);
        }
        await AllSent(first, 10);
        await first.DisposeAsync();
        second.Send(Numbered(11));
        await AllSent(second, 11);
        await second.DisposeAsync();

        Assert.Equal(11, server.Received.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal(11, server.Received.Count);
    }

    [Fact]
    public async Task A_message_left_sending_by_a_crash_is_delivered_once_on_start()
    {
        using var folder = new TempFolder();
        await using var server = await TestSmtpServer.StartAsync();
        var settings = server.Settings(Outbox(folder));
        var message = Numbered(1);
        var store = new SqliteOutboxStore(settings.OutboxPath!, settings.OutboxRetryDelay);
        var mime = MimeComposer.Compose(message, settings);
        using (var raw = new MemoryStream())
        {
            mime.WriteTo(raw);
            store.Add(message.MessageId, message.Subject, raw.ToArray(), DateTimeOffset.UtcNow);
        }
        Assert.NotNull(store.ClaimDue(DateTimeOffset.UtcNow));

        var mail = new Mail(settings);
        var sent = await AllSent(mail, 1);
        await mail.DisposeAsync();

        Assert.Equal(2, Assert.Single(sent).Attempts);
        Assert.Equal(message.MessageId, Assert.Single(server.Received).MessageId);
    }

    [Fact]
    public async Task A_connection_dropped_mid_send_is_retried_and_delivered_once()
    {
        using var folder = new TempFolder();
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpOptions { DropFirst = 1 });
        var mail = new Mail(server.Settings(Outbox(folder)));

        mail.Send(Numbered(1));
        var sent = await AllSent(mail, 1);
        await mail.DisposeAsync();

        Assert.Equal(2, Assert.Single(sent).Attempts);
        Assert.Equal("Message 1", Assert.Single(server.Received).Subject);
    }

    [Fact]
    public async Task A_permanent_refusal_is_kept_with_the_reason_and_not_retried()
    {
        using var folder = new TempFolder();
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpOptions { RejectedRecipient = "nobody@example.com" });
        var mail = new Mail(server.Settings(Outbox(folder)));

        mail.Send(new Message("Lost?", ["nobody@example.com"], "Hi"));
        mail.Send(Numbered(2));
        var entries = await Eventually.Until(mail.Outbox!.Entries, e => e.Count == 2 && e.All(m => m.Status is OutboxStatus.Failed or OutboxStatus.Sent), "both settled");
        await mail.DisposeAsync();

        Assert.Equal(new OutboxEntry(1, entries[0].MessageId, "Lost?", OutboxStatus.Failed, 1, "550: mailbox unavailable"), entries[0]);
        Assert.Equal(OutboxStatus.Sent, entries[1].Status);
        Assert.Equal("Message 2", Assert.Single(server.Received).Subject);
    }

    [Fact]
    public async Task Refused_credentials_are_kept_as_a_failure()
    {
        using var folder = new TempFolder();
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpOptions { Credentials = ("ada", "s3cret") });
        var mail = new Mail(server.Settings(Outbox(folder)) with { Password = "wrong" });

        mail.Send(Numbered(1));
        var entry = await Eventually.Until(() => mail.Outbox!.Entries().Single(), e => e.Status == OutboxStatus.Failed, "the failure");
        await mail.DisposeAsync();

        Assert.Equal(1, entry.Attempts);
        Assert.Equal("AuthenticationException: 535: authentication failed, 1 attempt(s) remaining.", entry.LastError);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task Send_returns_once_the_message_is_stored()
    {
        using var folder = new TempFolder();
        await using var server = TestSmtpServer.Stopped();
        var mail = new Mail(server.Settings(Outbox(folder) with { OutboxRetryDelay = TimeSpan.FromHours(1), OutboxMaxRetryDelay = TimeSpan.FromHours(1) }));
        var message = Numbered(1);

        mail.Send(message);
        var stored = new SqliteOutboxStore(folder.File("outbox.db"), TimeSpan.FromSeconds(5)).Entries();
        await mail.DisposeAsync();

        Assert.Equal(message.MessageId, Assert.Single(stored).MessageId);
    }
}
