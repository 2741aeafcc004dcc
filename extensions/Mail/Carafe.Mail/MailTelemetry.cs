using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Carafe.Mail;

/// <summary>
/// The Mail extension's traces and metrics, under its own name <c>Carafe.Mail</c> (the core's are
/// <c>Carafe</c>): the extension is versioned on its own, and an app chooses what it listens to.
/// Activities <c>Carafe.Mail.Send</c> (a message dispatched), <c>Carafe.Mail.Deliver</c> (the
/// durable outbox delivering one) and <c>Carafe.Mail.OutboxFault</c> (its worker hit an
/// unexpected error); counters <c>carafe.mail.messages</c>, <c>carafe.mail.outbox.deliveries</c>
/// and <c>carafe.mail.outbox.faults</c>. Nothing is measured while nobody listens.
/// </summary>
internal static class MailTelemetry
{
    /// <summary>The name of both the <c>ActivitySource</c> and the <c>Meter</c>.</summary>
    public const string Name = "Carafe.Mail";

    private static readonly string? Version = typeof(MailTelemetry).Assembly.GetName().Version?.ToString(3);
    private static readonly ActivitySource Source = new(Name, Version);
    private static readonly Meter Meter = new(Name, Version);

    private static readonly Counter<long> Messages = Meter.CreateCounter<long>(
        "carafe.mail.messages", "{message}", "Messages dispatched, by where they went; failed ones carry error.type.");

    private static readonly Counter<long> OutboxDeliveries = Meter.CreateCounter<long>(
        "carafe.mail.outbox.deliveries", "{attempt}", "Delivery attempts of the durable outbox, by outcome: sent, retry or failed.");

    private static readonly Counter<long> OutboxFaults = Meter.CreateCounter<long>(
        "carafe.mail.outbox.faults", "{fault}", "Unexpected errors of the durable outbox's worker, by error.type; it tries again after MAIL_OUTBOX_RETRY_DELAY.");

    public static bool Observed => Source.HasListeners() || Messages.Enabled || OutboxDeliveries.Enabled;

    /// <summary>Runs <paramref name="send"/>, dispatching <paramref name="message"/> by <paramref name="delivery"/>, inside a <c>Carafe.Mail.Send</c> activity, and counts it.</summary>
    public static async Task SendAsync(Message message, Delivery delivery, Func<Task> send)
    {
        var route = DeliveryName(delivery);
        using var activity = Source.StartActivity("Carafe.Mail.Send");
        activity?.SetTag("carafe.mail.delivery", route);
        activity?.SetTag("carafe.mail.recipients", message.SendTo.Count());
        try
        {
            await send();
            Messages.Add(1, new KeyValuePair<string, object?>("carafe.mail.delivery", route));
        }
        catch (Exception e)
        {
            var errorType = e.GetType().FullName;
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            activity?.SetTag("error.type", errorType);
            Messages.Add(1, new KeyValuePair<string, object?>("carafe.mail.delivery", route), new KeyValuePair<string, object?>("error.type", errorType));
            throw;
        }
    }

    /// <summary>Starts the activity of one outbox delivery attempt, or null when nobody listens.</summary>
    public static Activity? StartDelivery(long id, int attempt)
    {
        var activity = Source.StartActivity("Carafe.Mail.Deliver");
        activity?.SetTag("carafe.mail.outbox.id", id);
        activity?.SetTag("carafe.mail.outbox.attempt", attempt);
        return activity;
    }

    /// <summary>Records how a delivery attempt ended: <c>sent</c>, <c>retry</c> or <c>failed</c>.</summary>
    public static void Delivered(Activity? activity, string outcome, Exception? error = null)
    {
        if (activity is not null)
        {
            activity.SetTag("carafe.mail.outcome", outcome);
            if (error is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, error.Message);
                activity.SetTag("error.type", error.GetType().FullName);
            }
        }
        OutboxDeliveries.Add(1, new KeyValuePair<string, object?>("carafe.mail.outcome", outcome));
    }

    /// <summary>
    /// Reports an error the outbox worker did not expect (a bug, a broken connection object) as
    /// a <c>Carafe.Mail.OutboxFault</c> activity with the error and a count by its type.
    /// </summary>
    public static void WorkerFault(Exception error)
    {
        var errorType = error.GetType().FullName;
        using (var activity = Source.StartActivity("Carafe.Mail.OutboxFault"))
        {
            activity?.SetStatus(ActivityStatusCode.Error, error.Message);
            activity?.SetTag("error.type", errorType);
        }
        OutboxFaults.Add(1, new KeyValuePair<string, object?>("error.type", errorType));
    }

    private static string DeliveryName(Delivery delivery) => delivery switch
    {
        Delivery.Smtp => "smtp",
        Delivery.Outbox => "outbox",
        Delivery.Development => "development",
        Delivery.Suppressed => "suppressed",
        _ => throw new ArgumentOutOfRangeException(nameof(delivery), delivery, null),
    };
}
