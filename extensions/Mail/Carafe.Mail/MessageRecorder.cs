namespace Carafe.Mail;

/// <summary>
/// The messages dispatched while it is alive (Flask-Mail's <c>record_messages</c>):
/// <c>using var outbox = mail.RecordMessages();</c> then assert on <see cref="Messages"/>.
/// </summary>
public sealed class MessageRecorder : IDisposable
{
    private readonly Mail _mail;
    private readonly List<Message> _messages = [];

    internal MessageRecorder(Mail mail)
    {
        _mail = mail;
        _mail.MessageDispatched += Record;
    }

    /// <summary>The messages dispatched so far, in order.</summary>
    public IReadOnlyList<Message> Messages
    {
        get
        {
            lock (_messages)
            {
                return _messages.ToList();
            }
        }
    }

    /// <summary>Stops recording.</summary>
    public void Dispose() => _mail.MessageDispatched -= Record;

    private void Record(object? sender, Message message)
    {
        lock (_messages)
        {
            _messages.Add(message);
        }
    }
}
