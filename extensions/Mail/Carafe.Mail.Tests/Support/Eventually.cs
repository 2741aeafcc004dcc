namespace Carafe.Mail.Tests.Support;

/// <summary>Polls a condition with a deadline, so no test waits on a fixed sleep or hangs.</summary>
internal static class Eventually
{
    public static async Task<T> Until<T>(Func<T> read, Func<T, bool> done, string what, int seconds = 10)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = read();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Gave up after {seconds} s waiting for {what}; last seen: {value}");
            }
            await Task.Delay(20);
        }
    }
}
