using System.Data.Common;
using Carafe.Orm.Providers;

namespace Carafe.Orm;

/// <summary>
/// One database the app uses, as SQLAlchemy's engine: the default one or a named bind, its
/// URL and provider. Get it with <see cref="Orm.GetEngine"/>.
/// </summary>
public sealed class Engine : IDisposable
{
    private readonly IDisposable? _keepAlive;

    internal Engine(string? bind, DatabaseUri uri, IDatabaseProvider provider, string connectionString, bool echo)
    {
        Bind = bind;
        Uri = uri;
        Provider = provider;
        ConnectionString = connectionString;
        Echo = echo;
        _keepAlive = provider.Prepare(connectionString);
    }

    /// <summary>The bind's name, or null for the default database.</summary>
    public string? Bind { get; }

    /// <summary>The database's URL (shown with its password redacted).</summary>
    public DatabaseUri Uri { get; }

    /// <summary>Whether its statements are logged (<c>SQLALCHEMY_ECHO</c>, or the engine option <c>echo</c>).</summary>
    public bool Echo { get; }

    internal IDatabaseProvider Provider { get; }

    internal string ConnectionString { get; }

    /// <summary>A new, closed ADO.NET connection to the database, for work below EF Core; not pooled.</summary>
    public DbConnection CreateConnection() => Provider.CreateConnection(ConnectionString);

    /// <summary>Closes what keeps the database alive (a memory database's connection).</summary>
    public void Dispose() => _keepAlive?.Dispose();

    /// <inheritdoc/>
    public override string ToString() => $"{Bind ?? "default"}: {Uri}";
}
