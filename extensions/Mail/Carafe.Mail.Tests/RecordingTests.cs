namespace Carafe.Mail.Tests;

/// <summary>Flask-Mail's testing support: suppressed sending, <c>record_messages</c> and <c>email_dispatched</c>.</summary>
public class RecordingTests
{
    private static Mail Testing() => new(MailSettings.FromConfig([new("TESTING", true), new("MAIL_DEFAULT_SENDER", "app@example.com")]));

    [Fact]
    public void Recorded_messages_are_the_ones_sent_while_recording()
    {
        var mail = Testing();
        mail.SendMessage("Before", ["to@example.com"], "1");

        List<string> subjects;
        using (var outbox = mail.RecordMessages())
        {
            mail.SendMessage("First", ["to@example.com"], "2");
            mail.Send(new Message("Second", ["to@example.com"], "3"));
            subjects = outbox.Messages.Select(m => m.Subject).ToList();
        }
        mail.SendMessage("After", ["to@example.com"], "4");

        Assert.Equal(["First", "Second"], subjects);
    }

    [Fact]
    public void Each_dispatched_message_raises_the_event_even_when_suppressed()
    {
        var mail = Testing();
        var dispatched = new List<Message>();
        mail.MessageDispatched += (_, message) => dispatched.Add(message);
        var message = new Message("Hi", ["to@example.com"], "Body");

        mail.Send(message);

        Assert.Same(message, Assert.Single(dispatched));
    }

    [Fact]
    public void A_bulk_connection_counts_its_messages()
    {
        var mail = Testing();
        using var outbox = mail.RecordMessages();

        using (var connection = mail.Connect())
        {
            connection.SendMessage("1", ["a@example.com"], "Body");
            connection.SendMessage("2", ["b@example.com"], "Body");
            Assert.Equal(2, connection.Count);
        }

        Assert.Equal(["1", "2"], outbox.Messages.Select(m => m.Subject));
    }
}
