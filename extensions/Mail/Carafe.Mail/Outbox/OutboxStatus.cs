namespace Carafe.Mail.Outbox;

/// <summary>Where a message of the durable outbox stands.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,

    /// <summary>
    /// Being handed to the server now (after a crash, it is tried again on start). SQLite only:
    /// in PostgreSQL a message being sent stays <see cref="Pending"/>, locked by the worker sending it.
    /// </summary>
    Sending,

    /// <summary>The server took it.</summary>
    Sent,

    /// <summary>The server refused it for good (a 5xx reply); kept with the reason, not retried.</summary>
    Failed,
}
