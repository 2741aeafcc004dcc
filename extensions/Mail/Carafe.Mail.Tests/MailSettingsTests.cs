namespace Carafe.Mail.Tests;

public class MailSettingsTests
{
    [Fact]
    public void An_empty_config_gives_flask_mails_defaults()
    {
        var settings = MailSettings.FromConfig([]);

        Assert.Equal("localhost", settings.Server);
        Assert.False(settings.ServerConfigured);
        Assert.Equal(25, settings.Port);
        Assert.False(settings.UseTls);
        Assert.False(settings.UseSsl);
        Assert.Null(settings.Username);
        Assert.Null(settings.Password);
        Assert.Null(settings.DefaultSender);
        Assert.Null(settings.MaxEmails);
        Assert.False(settings.SuppressSend);
        Assert.False(settings.AsciiAttachments);
        Assert.False(settings.Debug);
        Assert.Null(settings.OutboxPath);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.OutboxRetryDelay);
        Assert.Equal(TimeSpan.FromMinutes(10), settings.OutboxMaxRetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(120), settings.Timeout);
        Assert.Null(settings.OutboxLease);
        Assert.Equal(TimeSpan.FromSeconds(300), settings.EffectiveOutboxLease);
    }

    [Theory]
    [InlineData(10, null, 300)]
    [InlineData(200, null, 400)]
    [InlineData(200, 250, 250)]
    public void The_outbox_lease_defaults_to_twice_the_smtp_timeout_and_at_least_300_seconds(int timeout, int? lease, int expected)
    {
        var settings = MailSettings.FromConfig(lease is null ? [new("MAIL_TIMEOUT", timeout)] : [new("MAIL_TIMEOUT", timeout), new("MAIL_OUTBOX_LEASE", lease.ToString())]);

        Assert.Equal(TimeSpan.FromSeconds(expected), settings.EffectiveOutboxLease);
    }

    [Fact]
    public void Testing_suppresses_sending_and_debug_turns_on_the_smtp_log()
    {
        var settings = MailSettings.FromConfig([new("TESTING", true), new("DEBUG", true)]);

        Assert.True(settings.SuppressSend);
        Assert.True(settings.Debug);
    }

    [Fact]
    public void Explicit_keys_win_over_testing_and_debug()
    {
        var settings = MailSettings.FromConfig([new("TESTING", true), new("DEBUG", true), new("MAIL_SUPPRESS_SEND", false), new("MAIL_DEBUG", false)]);

        Assert.False(settings.SuppressSend);
        Assert.False(settings.Debug);
    }

    [Fact]
    public void Strings_from_files_and_the_environment_are_read()
    {
        var settings = MailSettings.FromConfig([
            new("MAIL_SERVER", "smtp.example.com"), new("MAIL_PORT", "587"), new("MAIL_USE_TLS", "true"),
            new("MAIL_USE_SSL", "False"), new("MAIL_USERNAME", "ada"), new("MAIL_PASSWORD", "s3cret"),
            new("MAIL_DEFAULT_SENDER", "Shop <shop@example.com>"), new("MAIL_MAX_EMAILS", "100"),
            new("MAIL_ASCII_ATTACHMENTS", "1"), new("MAIL_OUTBOX", "instance/outbox.db"),
            new("MAIL_OUTBOX_RETRY_DELAY", "0.5"), new("MAIL_OUTBOX_MAX_RETRY_DELAY", 60),
            new("MAIL_TIMEOUT", "30"), new("MAIL_OUTBOX_LEASE", "90"),
        ]);

        Assert.Equal(new MailSettings
        {
            Server = "smtp.example.com",
            ServerConfigured = true,
            Port = 587,
            UseTls = true,
            Username = "ada",
            Password = "s3cret",
            DefaultSender = "Shop <shop@example.com>",
            MaxEmails = 100,
            AsciiAttachments = true,
            OutboxPath = "instance/outbox.db",
            OutboxRetryDelay = TimeSpan.FromMilliseconds(500),
            OutboxMaxRetryDelay = TimeSpan.FromMinutes(1),
            Timeout = TimeSpan.FromSeconds(30),
            OutboxLease = TimeSpan.FromSeconds(90),
        }, settings);
    }

    [Fact]
    public void A_value_of_the_wrong_kind_is_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MailSettings.FromConfig([new("MAIL_PORT", "smtp")]));

        Assert.Equal("Config value MAIL_PORT = 'smtp' is not a whole number.", error.Message);
    }
}
