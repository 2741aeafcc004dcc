using Carafe.Mail.Outbox;
using Carafe.Mail.Tests.Support;
using Carafe.Testing;

namespace Carafe.Mail.Tests;

/// <summary><c>MAIL_OUTBOX</c>'s forms: a path or <c>sqlite:///</c> URL for SQLite, a <c>postgresql://</c> URL, and clear errors for the rest.</summary>
public class OutboxLocationTests
{
    [Theory]
    [InlineData("postgresql://db:99999/x", "MAIL_OUTBOX: 'postgresql://db:99999/x' is not a database URL: the port '99999' is not a number from 1 to 65535.")]
    [InlineData("mysql://ann:s3cret@db/shop", "MAIL_OUTBOX: 'mysql://ann:***@db/shop' is a mysql URL: the outbox is a SQLite file (a path, or 'sqlite:///path') or a PostgreSQL database ('postgresql://user:password@host:port/database').")]
    [InlineData("postgresql:///shop", "MAIL_OUTBOX: 'postgresql:///shop' names no host: write 'postgresql://user:password@host:port/database'.")]
    [InlineData("postgres://ann:s3cret@db/shop?flavour=mint", "MAIL_OUTBOX: 'postgres://ann:***@db/shop?flavour=mint': '?flavour=' is not an Npgsql connection string keyword (such as sslmode or timeout).")]
    [InlineData("postgresql://ann@db/shop?password=s3cret&flavour=mint", "MAIL_OUTBOX: 'postgresql://ann@db/shop?password=***&flavour=mint': '?flavour=' is not an Npgsql connection string keyword (such as sslmode or timeout).")]
    [InlineData("postgresql:/ann:s3cret@db/shop", "MAIL_OUTBOX: 'postgresql:/ann:***@db/shop' is not a database URL: it should look like 'sqlite:///app.db' or 'postgresql://user:password@host/database'.")]
    [InlineData("sqlite://", "MAIL_OUTBOX: 'sqlite://' names no file: the outbox must outlive the app, so write 'sqlite:///relative/path.db' or 'sqlite:////absolute/path.db'.")]
    [InlineData("sqlite://host/outbox.db", "MAIL_OUTBOX: 'sqlite://host/outbox.db' names no file: the outbox must outlive the app, so write 'sqlite:///relative/path.db' or 'sqlite:////absolute/path.db'.")]
    public void A_bad_url_is_refused_naming_the_key_and_the_fault(string url, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Mail(new MailSettings { OutboxPath = url }));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_bad_keyword_value_is_refused_with_npgsql_s_reason()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Mail(new MailSettings { OutboxPath = "postgresql://db/shop?sslmode=maybe" }));

        Assert.StartsWith("MAIL_OUTBOX: 'postgresql://db/shop?sslmode=maybe': 'maybe' is not a value of '?sslmode=' (", error.Message);
    }

    [Fact]
    public void A_lease_not_longer_than_the_smtp_timeout_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new Mail(new MailSettings
        {
            OutboxPath = "postgresql://db/shop",
            Timeout = TimeSpan.FromSeconds(60),
            OutboxLease = TimeSpan.FromSeconds(60),
        }));

        Assert.Equal(
            "MAIL_OUTBOX_LEASE: 60 seconds is not longer than MAIL_TIMEOUT (60 seconds): a worker still waiting for the SMTP server would lose the message to another instance, which would send it again. Make the lease longer than sending one message can take.",
            error.Message);
    }

    [Fact]
    public void A_bad_url_stops_the_app_at_start()
    {
        var app = new CarafeApp();
        app.Extensions.Options.Enabled = ["Mail"];
        app.Config["MAIL_OUTBOX"] = "postgresql://db:0/x";

        var error = Assert.Throws<InvalidOperationException>(() => app.TestClient());

        Assert.Equal("MAIL_OUTBOX: 'postgresql://db:0/x' is not a database URL: the port '0' is not a number from 1 to 65535.", error.Message);
    }

    [Fact]
    public async Task A_sqlite_url_names_the_file_as_a_path_does()
    {
        using var folder = new TempFolder();
        await using var server = await TestSmtpServer.StartAsync();
        var path = folder.File("queue/outbox.db");
        await using var mail = new Mail(server.Settings(new MailSettings { OutboxPath = "sqlite:///" + path }));

        mail.Send(new Message("Hello", ["to@example.com"], body: "Hi"));
        var file = new SqliteOutboxStore(path, TimeSpan.FromSeconds(5));
        var entry = await Eventually.Until(() => file.Entries().Single(), e => e.Status == OutboxStatus.Sent, "the message in the file marked sent");

        Assert.Equal("Hello", entry.Subject);
        Assert.Equal("Hello", Assert.Single(server.Received).Subject);
    }
}
