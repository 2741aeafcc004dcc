namespace Carafe.Orm.Recording;

/// <summary>A statement the app ran, as Flask-SQLAlchemy's recorded query info (<c>get_recorded_queries()</c>).</summary>
/// <param name="Statement">The SQL text.</param>
/// <param name="Parameters">The parameters by name, as sent.</param>
/// <param name="Start">When it started.</param>
/// <param name="Duration">How long it took.</param>
/// <param name="Location">The app's code that ran it: <c>Type.Method (file:line)</c>, or <c>&lt;unknown&gt;</c>.</param>
public sealed record RecordedQuery(string Statement, IReadOnlyDictionary<string, object?> Parameters, DateTimeOffset Start, TimeSpan Duration, string Location)
{
    /// <summary>When it finished.</summary>
    public DateTimeOffset End => Start + Duration;
}
