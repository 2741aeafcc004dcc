using Carafe.Mail.Tests.Support;

namespace Carafe.Mail.Tests;

/// <summary>Bad messages fail with a clear error before any connection is made.</summary>
public class BadInputTests
{
    private static async Task<Exception> SendToWatchedServer(Message message)
    {
        await using var server = await TestSmtpServer.StartAsync();
        var error = await Record.ExceptionAsync(() => new Mail(server.Settings()).SendAsync(message));
        Assert.Equal(0, server.Sessions);
        return error!;
    }

    [Theory]
    [InlineData("not-an-address", "The recipient address 'not-an-address' is not a valid email address (expected user@example.com or Name <user@example.com>).")]
    [InlineData("user@", "The recipient address 'user@' is not a valid email address (expected user@example.com or Name <user@example.com>).")]
    [InlineData("a@b@c", "The recipient address 'a@b@c' is not a valid email address (expected user@example.com or Name <user@example.com>).")]
    public async Task An_invalid_recipient_is_named(string address, string expected)
    {
        var error = await SendToWatchedServer(new Message("Hi", [address], "Body"));

        Assert.Equal(expected, Assert.IsType<InvalidAddressException>(error).Message);
    }

    [Fact]
    public async Task An_invalid_sender_is_named()
    {
        var error = await SendToWatchedServer(new Message("Hi", ["to@example.com"], "Body", sender: "nobody"));

        Assert.Equal("The sender address 'nobody' is not a valid email address (expected user@example.com or Name <user@example.com>).", Assert.IsType<InvalidAddressException>(error).Message);
    }

    [Fact]
    public async Task A_line_break_in_the_subject_is_a_bad_header()
    {
        var error = await SendToWatchedServer(new Message("Hi\r\nBcc: victim@example.com", ["to@example.com"], "Body"));

        Assert.Equal("The Subject header value contains a line break (CR or LF), which could inject headers: 'Hi\\nBcc: victim@example.com'.", Assert.IsType<BadHeaderException>(error).Message);
    }

    [Theory]
    [InlineData("to@example.com\nBcc: victim@example.com")]
    [InlineData("to@example.com\r")]
    public async Task A_line_break_in_an_address_is_a_bad_header(string address)
    {
        var error = await SendToWatchedServer(new Message("Hi", [address], "Body"));

        Assert.IsType<BadHeaderException>(error);
    }

    [Fact]
    public async Task A_line_break_in_an_extra_header_is_a_bad_header()
    {
        var message = new Message("Hi", ["to@example.com"], "Body") { ExtraHeaders = { ["X-Tag"] = "a\nb" } };

        var error = await SendToWatchedServer(message);

        Assert.Equal("The X-Tag header value contains a line break (CR or LF), which could inject headers: 'a\\nb'.", Assert.IsType<BadHeaderException>(error).Message);
    }

    [Fact]
    public async Task A_message_without_recipients_is_refused()
    {
        var error = await SendToWatchedServer(new Message("Hi", [], "Body"));

        Assert.Equal("No recipients have been added. (Parameter 'message')", Assert.IsType<ArgumentException>(error).Message);
    }

    [Fact]
    public async Task A_message_without_any_sender_is_refused()
    {
        await using var server = await TestSmtpServer.StartAsync();
        var mail = new Mail(server.Settings() with { DefaultSender = null });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => mail.SendAsync(new Message("Hi", ["to@example.com"], "Body")));

        Assert.Equal("The message does not specify a sender and a default sender has not been configured (MAIL_DEFAULT_SENDER). (Parameter 'message')", error.Message);
        Assert.Equal(0, server.Sessions);
    }

    [Fact]
    public void Bad_input_is_refused_even_when_sending_is_suppressed()
    {
        var mail = new Mail(new MailSettings { SuppressSend = true, DefaultSender = "app@example.com" });

        Assert.Throws<BadHeaderException>(() => mail.Send(new Message("Hi\n", ["to@example.com"], "Body")));
    }
}
