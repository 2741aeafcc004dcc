using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Carafe.Mail.Outbox;

/// <summary>
/// The <c>mail:outbox</c> health check, reported at the app's <c>/healthz</c>: unhealthy when the
/// durable outbox's database cannot be read, degraded when more than
/// <c>MAIL_OUTBOX_HEALTH_BACKLOG</c> messages wait for delivery (the SMTP server is down or slow),
/// healthy otherwise, with the counts as data. Without a durable outbox there is nothing to check.
/// </summary>
internal sealed class OutboxHealthCheck(Mail mail) : IHealthCheck
{
    public const string Name = "mail:outbox";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (mail.Outbox is not { } outbox)
        {
            return Task.FromResult(HealthCheckResult.Healthy("No durable outbox: MAIL_OUTBOX is not set."));
        }
        long waiting, failed;
        try
        {
            (waiting, failed) = outbox.Backlog();
        }
        catch (Exception e) when (outbox.IsUnavailable(e))
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The outbox database {outbox.Location} cannot be read: {e.Message}"));
        }
        var data = new Dictionary<string, object> { ["waiting"] = waiting, ["failed"] = failed };
        var limit = mail.Settings.OutboxHealthBacklog;
        return Task.FromResult(waiting > limit
            ? HealthCheckResult.Degraded($"{waiting} messages wait for delivery, more than MAIL_OUTBOX_HEALTH_BACKLOG ({limit}).", data: data)
            : HealthCheckResult.Healthy($"{waiting} messages wait for delivery.", data: data));
    }
}
