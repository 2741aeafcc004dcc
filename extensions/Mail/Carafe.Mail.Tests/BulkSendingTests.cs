using Carafe.Mail.Tests.Support;

namespace Carafe.Mail.Tests;

public class BulkSendingTests
{
    [Fact]
    public async Task One_connection_sends_many_messages_over_one_session()
    {
        await using var server = await TestSmtpServer.StartAsync();
        var mail = new Mail(server.Settings());

        await using (var connection = mail.Connect())
        {
            for (var i = 1; i <= 5; i++)
            {
                await connection.SendAsync(new Message($"News {i}", [$"reader{i}@example.com"], "Body"));
            }
        }

        Assert.Equal(1, server.Sessions);
        Assert.Equal(["News 1", "News 2", "News 3", "News 4", "News 5"], server.Received.Select(m => m.Subject));
    }

    [Fact]
    public async Task It_reconnects_every_MAIL_MAX_EMAILS_messages()
    {
        await using var server = await TestSmtpServer.StartAsync();
        var mail = new Mail(server.Settings() with { MaxEmails = 2 });

        await using (var connection = mail.Connect())
        {
            for (var i = 1; i <= 5; i++)
            {
                await connection.SendAsync(new Message($"News {i}", [$"reader{i}@example.com"], "Body"));
            }
        }

        Assert.Equal(3, server.Sessions);
        Assert.Equal(5, server.Received.Count);
    }
}
