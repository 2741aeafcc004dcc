namespace Carafe.Mail.Outbox;

/// <summary>A message in the durable outbox, as <see cref="DurableOutbox.Entries"/> shows it.</summary>
/// <param name="Id">Its row number, in order of acceptance.</param>
/// <param name="MessageId">Its Message-ID, the same on every attempt.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Attempts">How many times it was handed to a server.</param>
/// <param name="LastError">Why the last attempt failed (such as <c>550: No such user</c>), or null.</param>
public sealed record OutboxEntry(long Id, string MessageId, string Subject, OutboxStatus Status, int Attempts, string? LastError);
