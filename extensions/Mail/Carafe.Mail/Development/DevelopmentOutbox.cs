using MimeKit;

namespace Carafe.Mail.Development;

/// <summary>
/// The messages sent in debug with no SMTP server configured, kept in memory so the
/// debug-only page can show them and a tutorial's mail works with nothing installed.
/// </summary>
public sealed class DevelopmentOutbox
{
    private readonly List<KeptMessage> _messages = [];

    /// <summary>The kept messages, oldest first.</summary>
    public IReadOnlyList<KeptMessage> Messages
    {
        get
        {
            lock (_messages)
            {
                return _messages.ToList();
            }
        }
    }

    /// <summary>Forgets every kept message.</summary>
    public void Clear()
    {
        lock (_messages)
        {
            _messages.Clear();
        }
    }

    internal void Add(Message message, MimeMessage mime)
    {
        using var raw = new MemoryStream();
        mime.WriteTo(raw);
        lock (_messages)
        {
            _messages.Add(new KeptMessage(message, mime.From.ToString(), System.Text.Encoding.UTF8.GetString(raw.ToArray())));
        }
    }
}
