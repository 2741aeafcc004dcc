namespace Carafe.Mail.Outbox;

/// <summary>
/// <c>Send</c> could not store the message in the durable outbox: its database is down,
/// unreachable or unwritable. The message was not accepted (nothing was stored, nothing will be
/// sent); send it again later, or answer the client that it failed (a 503, say).
/// </summary>
public sealed class OutboxUnavailableException : Exception
{
    /// <summary>Creates the exception for the outbox at <paramref name="location"/>.</summary>
    /// <param name="location">The outbox's file or URL, its password hidden.</param>
    /// <param name="inner">The database's error.</param>
    public OutboxUnavailableException(string location, Exception inner)
        : base($"The message was not accepted: the outbox database {location} cannot be used ({inner.Message}).", inner)
    {
    }
}
