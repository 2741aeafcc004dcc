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

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }
}
