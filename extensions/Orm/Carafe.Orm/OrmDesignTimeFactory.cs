using System.Reflection;
using Carafe.Orm.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Carafe.Orm;

/// <summary>
/// Lets <c>dotnet ef</c> (migrations add, database update) build <typeparamref name="TContext"/>
/// on the database the app would use: the app's <c>appsettings.json</c> and <c>CARAFE_</c>
/// variables, read as the app reads them, with the same URLs, binds and instance folder.
/// Declare one per context in the app: <c>public sealed class SchoolDbFactory : OrmDesignTimeFactory&lt;SchoolDb&gt;;</c>
/// </summary>
/// <typeparam name="TContext">The context, with a constructor taking <c>DbContextOptions&lt;TContext&gt;</c>.</typeparam>
public abstract class OrmDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    /// <summary>The app's root, where <c>appsettings.json</c> is: the folder <c>dotnet ef</c> runs in, by default.</summary>
    protected virtual string RootPath => Directory.GetCurrentDirectory();

    /// <summary>The providers beyond SQLite, such as PostgreSQL's: <c>[new PostgreSqlProvider()]</c>.</summary>
    protected virtual IEnumerable<IDatabaseProvider> Providers => [];

    /// <summary>Creates the context on the app's database.</summary>
    /// <param name="args">What <c>dotnet ef</c> passes after <c>--</c>; unused.</param>
    public TContext CreateDbContext(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RootPath, "appsettings.json"), optional: true)
            .AddEnvironmentVariables("CARAFE_")
            .Build();
        var config = new Config();
        config.Load(configuration);
        Configure(config);
        var bind = typeof(TContext).GetCustomAttribute<BindAttribute>()?.Name;
        var model = new OrmModel(typeof(TContext), bind);
        var settings = OrmSettings.From(config, configuration, Path.Combine(RootPath, "instance"), [bind]);
        // Lives as long as the tool: its engines keep no file locked once the context is done.
        var orm = new Orm(settings, [new SqliteProvider(), .. Providers], [model], new ServiceCollection().BuildServiceProvider(), NullLoggerFactory.Instance);
        var options = new DbContextOptionsBuilder<TContext>();
        orm.Configure(options, bind);
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }

    /// <summary>Sets the configuration keys the app sets in code (<c>app.Config[...]</c>), so that the tool sees them too.</summary>
    protected virtual void Configure(Config config)
    {
    }
}
