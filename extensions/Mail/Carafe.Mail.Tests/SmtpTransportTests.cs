using Carafe.Mail.Tests.Support;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Carafe.Mail.Tests;

public class SmtpTransportTests
{
    private static Message Hello() => new("Hello", ["to@example.com"], body: "Hi there");

    [Theory]
    [InlineData(TestSmtpSecurity.Plain)]
    [InlineData(TestSmtpSecurity.StartTls)]
    [InlineData(TestSmtpSecurity.Ssl)]
    internal async Task Sends_over_each_kind_of_connection(TestSmtpSecurity security)
    {
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpOptions { Security = security });
        var mail = new Mail(server.Settings());

        await mail.SendAsync(Hello());

        var received = Assert.Single(server.Received);
        Assert.Equal("Hello", received.Subject);
        Assert.Equal("Hi there", received.TextBody);
    }

    [Fact]
    public async Task Logs_in_with_the_configured_user()
    {
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpOptions { Security = TestSmtpSecurity.StartTls, Credentials = ("ada", "s3cret") });
        var mail = new Mail(server.Settings());

        await mail.SendAsync(Hello());

        Assert.Equal("Hello", Assert.Single(server.Received).Subject);
    }

    [Fact]
    public async Task A_wrong_password_is_refused()
    {
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpOptions { Credentials = ("ada", "s3cret") });
        var mail = new Mail(server.Settings() with { Password = "wrong" });

        await Assert.ThrowsAsync<AuthenticationException>(() => mail.SendAsync(Hello()));

        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task A_rejected_recipient_fails_the_send_with_the_servers_code()
    {
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpOptions { RejectedRecipient = "nobody@example.com" });
        var mail = new Mail(server.Settings());

        var error = await Assert.ThrowsAsync<SmtpCommandException>(() => mail.SendAsync(new Message("Hello", ["nobody@example.com"], "Hi")));

        Assert.Equal(550, (int)error.StatusCode);
        Assert.Equal(SmtpErrorCode.RecipientNotAccepted, error.ErrorCode);
        Assert.Empty(server.Received);
    }

    [Fact]
    public async Task A_connection_dropped_mid_send_is_an_error_and_the_next_send_goes_through()
    {
        await using var server = await TestSmtpServer.StartAsync(new TestSmtpOptions { DropFirst = 1 });
        var mail = new Mail(server.Settings());

        var error = await Assert.ThrowsAsync<SmtpProtocolException>(() => mail.SendAsync(Hello()));
        await mail.SendAsync(new Message("Again", ["to@example.com"], "Hi"));

        Assert.Equal("The SMTP server has unexpectedly disconnected: end with <CRLF>.<CRLF>", error.Message);
        Assert.Equal("Again", Assert.Single(server.Received).Subject);
    }
}
