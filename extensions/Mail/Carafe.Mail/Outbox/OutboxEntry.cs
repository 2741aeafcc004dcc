using System.Data.Common;

namespace Carafe.Mail.Outbox;

/// <summary>A message in the durable outbox, as <see cref="DurableOutbox.Entries"/> shows it.</summary>
/// <param name="Id">Its row number, in order of acceptance.</param>
/// <param name="MessageId">Its Message-ID, the same on every attempt.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Attempts">How many times it was handed to a server.</param>
/// <param name="LastError">Why the last attempt failed (such as <c>550: No such user</c>), or null.</param>
public sealed record OutboxEntry(long Id, string MessageId, string Subject, OutboxStatus Status, int Attempts, string? LastError)
{
    /// <summary>The columns <see cref="ReadAll"/> reads, in its order; both stores name them alike.</summary>
    internal const string Columns = "id, message_id, subject, status, attempts, last_error";

    /// <summary>Every row of a query selecting <see cref="Columns"/>.</summary>
    internal static IReadOnlyList<OutboxEntry> ReadAll(DbDataReader reader)
    {
        var entries = new List<OutboxEntry>();
        while (reader.Read())
        {
            entries.Add(new OutboxEntry(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                Enum.Parse<OutboxStatus>(reader.GetString(3)), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }
        return entries;
    }
}
