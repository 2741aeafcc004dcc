namespace Carafe.Orm.Events;

/// <summary>An entity being committed and what happens to it: <c>insert</c>, <c>update</c> or <c>delete</c>, as Flask-SQLAlchemy's <c>(model, operation)</c>.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Operation"><c>insert</c>, <c>update</c> or <c>delete</c>.</param>
public sealed record ModelChange(object Entity, string Operation);
