namespace Carafe.Mail.Outbox;

/// <summary>How long the outbox waits after a failed attempt: doubling from a first delay, up to a ceiling.</summary>
internal static class RetryPolicy
{
    public static TimeSpan Delay(int failedAttempts, TimeSpan first, TimeSpan max)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, max.Ticks));
        return delay < max ? delay : max;
    }
}
