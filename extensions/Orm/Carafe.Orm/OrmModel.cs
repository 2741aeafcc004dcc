namespace Carafe.Orm;

/// <summary>A context the app registered with <c>AddOrm</c>, and the bind its models live on (null: the default database).</summary>
internal sealed record OrmModel(Type ContextType, string? Bind);
