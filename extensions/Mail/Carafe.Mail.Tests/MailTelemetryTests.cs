using System.Diagnostics;
using System.Diagnostics.Metrics;
using Carafe.Mail.Outbox;
using Carafe.Mail.Tests.Support;

namespace Carafe.Mail.Tests;

/// <summary>Listeners are process-wide: these tests run alone, so that no other test's mail is seen.</summary>
[CollectionDefinition(nameof(MailTelemetryTests), DisableParallelization = true)]
public sealed class MailTelemetryCollection;

[Collection(nameof(MailTelemetryTests))]
public sealed class MailTelemetryTests : IDisposable
{
    private readonly List<Activity> _activities = [];
    private readonly List<(string Instrument, long Value, string Tags)> _measurements = [];
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();

    public MailTelemetryTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Carafe.Mail",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_activities)
                {
                    _activities.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Carafe.Mail")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            lock (_measurements)
            {
                _measurements.Add((instrument.Name, value, string.Join(", ", tags.ToArray().Select(t => $"{t.Key}={t.Value}"))));
            }
        });
        _meterListener.Start();
    }

    private static string Tags(Activity activity) => string.Join(", ", activity.TagObjects.Select(t => $"{t.Key}={t.Value}"));

    private List<(string, long, string)> Measurements()
    {
        lock (_measurements)
        {
            return [.. _measurements];
        }
    }

    private List<Activity> Activities()
    {
        lock (_activities)
        {
            return [.. _activities];
        }
    }

    [Fact]
    public async Task Each_message_sent_is_an_activity_and_a_count_by_delivery()
    {
        await using var mail = new Mail(new MailSettings { SuppressSend = true, DefaultSender = "app@example.com" });

        mail.Send(new Message("Hello", ["a@example.com", "b@example.com"], body: "Hi") { Cc = ["c@example.com"] });

        var send = Assert.Single(Activities());
        Assert.Equal(("Carafe.Mail.Send", ActivityStatusCode.Unset, "carafe.mail.delivery=suppressed, carafe.mail.recipients=3"),
            (send.OperationName, send.Status, Tags(send)));
        Assert.Equal([("carafe.mail.messages", 1L, "carafe.mail.delivery=suppressed")], Measurements());
    }

    [Fact]
    public async Task A_message_the_server_does_not_take_is_an_error_activity_and_a_count_with_the_error()
    {
        await using var server = TestSmtpServer.Stopped();
        await using var mail = new Mail(server.Settings());

        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => mail.SendAsync(new Message("Hello", ["a@example.com"], body: "Hi")));

        var send = Assert.Single(Activities());
        Assert.Equal(
            ("Carafe.Mail.Send", ActivityStatusCode.Error, "carafe.mail.delivery=smtp, carafe.mail.recipients=1, error.type=System.Net.Sockets.SocketException"),
            (send.OperationName, send.Status, Tags(send)));
        Assert.Equal([("carafe.mail.messages", 1L, "carafe.mail.delivery=smtp, error.type=System.Net.Sockets.SocketException")], Measurements());
    }

    [Fact]
    public async Task The_outbox_s_attempts_are_activities_and_counts_by_outcome()
    {
        using var folder = new TempFolder();
        await using var server = TestSmtpServer.Stopped();
        await using var mail = new Mail(server.Settings(new MailSettings
        {
            OutboxPath = folder.File("outbox.db"),
            OutboxRetryDelay = TimeSpan.FromMilliseconds(20),
            OutboxMaxRetryDelay = TimeSpan.FromMilliseconds(20),
        }));

        mail.Send(new Message("Hello", ["a@example.com"], body: "Hi"));
        await Eventually.Until(() => mail.Outbox!.Entries().Single(), e => e.Attempts >= 1 && e.Status == OutboxStatus.Pending, "a failed attempt");
        await server.StartAsync();
        await Eventually.Until(() => mail.Outbox!.Entries().Single(), e => e.Status == OutboxStatus.Sent, "the message sent");
        await Eventually.Until(Activities, a => a.Any(x => x.OperationName == "Carafe.Mail.Deliver" && Tags(x).Contains("outcome=sent")), "the last attempt's activity");

        var attempts = Activities().Where(a => a.OperationName == "Carafe.Mail.Deliver").ToList();
        Assert.All(attempts[..^1], a => Assert.Equal(
            ("carafe.mail.outcome=retry", ActivityStatusCode.Error, "System.Net.Sockets.SocketException"),
            (Tags(a).Split(", ")[2], a.Status, a.GetTagItem("error.type"))));
        Assert.Equal($"carafe.mail.outbox.id=1, carafe.mail.outbox.attempt={attempts.Count}, carafe.mail.outcome=sent", Tags(attempts[^1]));
        var deliveries = Measurements().Where(m => m.Item1 == "carafe.mail.outbox.deliveries").ToList();
        Assert.Equal(attempts.Count - 1, deliveries.Count(m => m.Item3 == "carafe.mail.outcome=retry"));
        Assert.Equal(1, deliveries.Count(m => m.Item3 == "carafe.mail.outcome=sent"));
        Assert.Equal(("carafe.mail.messages", 1L, "carafe.mail.delivery=outbox"), Measurements().First());
    }

    [Fact]
    public async Task An_unexpected_fault_of_the_worker_is_reported_and_delivery_goes_on()
    {
        using var folder = new TempFolder();
        await using var server = await TestSmtpServer.StartAsync();
        var settings = server.Settings(new MailSettings { OutboxRetryDelay = TimeSpan.FromMilliseconds(20) });
        var store = new FaultingOnceStore(new SqliteOutboxStore(folder.File("outbox.db"), settings.OutboxRetryDelay));
        await using var worker = new OutboxWorker(store, settings);

        store.Add("<m1@example.com>", "Hello", System.Text.Encoding.ASCII.GetBytes("Subject: Hello\r\nFrom: a@example.com\r\nTo: b@example.com\r\nMessage-Id: <m1@example.com>\r\n\r\nHi\r\n"), DateTimeOffset.UtcNow);
        worker.Wake();
        var entry = await Eventually.Until(() => store.Entries().Single(), e => e.Status == OutboxStatus.Sent, "the message sent after the fault");

        Assert.Equal("m1@example.com", Assert.Single(server.Received).MessageId);
        Assert.Equal((OutboxStatus.Sent, 1), (entry.Status, entry.Attempts));
        var fault = Assert.Single(Activities(), a => a.OperationName == "Carafe.Mail.OutboxFault");
        Assert.Equal((ActivityStatusCode.Error, "Bug in the store", "error.type=System.InvalidOperationException"), (fault.Status, fault.StatusDescription, Tags(fault)));
        Assert.Contains(("carafe.mail.outbox.faults", 1L, "error.type=System.InvalidOperationException"), Measurements());
    }

    /// <summary>A store whose first claim throws what no database failure would: a bug, as the worker sees it.</summary>
    private sealed class FaultingOnceStore(IOutboxStore store) : IOutboxStore
    {
        private int _claims;

        public string Location => store.Location;

        public long Add(string messageId, string subject, byte[] mime, DateTimeOffset now) => store.Add(messageId, subject, mime, now);

        public Task<IDisposable?> AcquireDeliveryAsync(CancellationToken stop) => store.AcquireDeliveryAsync(stop);

        public void RecoverInterrupted() => store.RecoverInterrupted();

        public IOutboxClaim? ClaimDue(DateTimeOffset now) =>
            Interlocked.Increment(ref _claims) == 1 ? throw new InvalidOperationException("Bug in the store") : store.ClaimDue(now);

        public DateTimeOffset? NextLook(DateTimeOffset now) => store.NextLook(now);

        public (long Waiting, long Failed) Backlog() => store.Backlog();

        public IReadOnlyList<OutboxEntry> Entries() => store.Entries();

        public bool IsUnavailable(Exception exception) => store.IsUnavailable(exception);
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }
}
