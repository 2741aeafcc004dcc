using Carafe.Mail.Outbox;

namespace Carafe.Mail.Tests;

public class RetryPolicyTests
{
    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(7, 320)]
    [InlineData(8, 600)]
    [InlineData(1000, 600)]
    public void The_delay_doubles_up_to_the_ceiling(int failedAttempts, int seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryPolicy.Delay(failedAttempts, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(10)));
    }
}
