namespace Carafe.Orm;

/// <summary>
/// Puts a context's models on a named bind (a database of <c>SQLALCHEMY_BINDS</c>), as
/// Flask-SQLAlchemy's <c>__bind_key__</c>: <c>[Bind("users")] class UsersDb : DbContext</c>.
/// Without it, the models are on the default database.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class BindAttribute(string name) : Attribute
{
    /// <summary>The bind's name, a key of <c>SQLALCHEMY_BINDS</c>.</summary>
    public string Name { get; } = name;
}
