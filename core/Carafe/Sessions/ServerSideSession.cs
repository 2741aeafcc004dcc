namespace Carafe.Sessions;

/// <summary>A session loaded from a server-side store: its id, and whether the id must change when it is saved.</summary>
internal sealed class ServerSideSession(string id, Dictionary<string, object?> values) : Session(values, isNew: false)
{
    public string Id { get; } = id;

    public bool RegenerateRequested { get; set; }
}
