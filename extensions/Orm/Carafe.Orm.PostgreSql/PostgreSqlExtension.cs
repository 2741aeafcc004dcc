using Carafe.Extensions;
using Carafe.Orm.PostgreSql;
using Carafe.Orm.Providers;
using Microsoft.Extensions.DependencyInjection;

[assembly: CarafeExtension(typeof(PostgreSqlExtension), "OrmPostgreSql", "0.1.0", Supports = "[0.1, 1.0)", DependsOn = ["Orm"])]

namespace Carafe.Orm.PostgreSql;

/// <summary>
/// Adds PostgreSQL to the Orm: with this package referenced, <c>postgresql://user:password@host:port/database</c>
/// in <c>SQLALCHEMY_DATABASE_URI</c> or a bind is served by Npgsql's EF Core provider, so that an
/// app moves from SQLite to PostgreSQL by changing that one line.
/// </summary>
public sealed class PostgreSqlExtension : CarafeExtension
{
    /// <inheritdoc/>
    public override void ConfigureServices(ExtensionServicesContext context) =>
        context.Services.AddSingleton<IDatabaseProvider, PostgreSqlProvider>();

    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app)
    {
    }
}
