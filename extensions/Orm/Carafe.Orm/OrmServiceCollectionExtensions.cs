using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Orm;

/// <summary>How an app registers its models with the Orm.</summary>
public static class OrmServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TContext"/>, the app's EF Core context, on the database of its
    /// bind: one per request (disposed when the request ends, whatever happened), or per
    /// <see cref="Orm.AppScope"/>. Views take it as a parameter.
    /// </summary>
    /// <typeparam name="TContext">A context with a constructor taking <c>DbContextOptions&lt;TContext&gt;</c>.</typeparam>
    /// <param name="services">The app's services (<c>app.Services</c>).</param>
    /// <param name="bind">The bind its models live on; by default its <see cref="BindAttribute"/>, else the default database.</param>
    public static IServiceCollection AddOrm<TContext>(this IServiceCollection services, string? bind = null) where TContext : DbContext
    {
        bind ??= typeof(TContext).GetCustomAttribute<BindAttribute>()?.Name;
        services.AddSingleton(new OrmModel(typeof(TContext), bind));
        services.AddDbContext<TContext>((provider, options) => (provider.GetService<Orm>() ?? throw new InvalidOperationException(
            $"{typeof(TContext).Name} was registered with AddOrm, but the Orm extension is not loaded: check that Carafe.Orm is referenced " +
            "(or in the plugins folder) and enabled in the Extensions section of the configuration.")).Configure(options, bind));
        return services;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in an app scope when the app starts, before it serves (creating
    /// tables, seeding): <c>app.Services.AddOrmStartup(scope =&gt; scope.CreateAll());</c>.
    /// </summary>
    public static IServiceCollection AddOrmStartup(this IServiceCollection services, Action<OrmScope> work)
    {
        services.AddSingleton(new OrmStartupWork(work));
        return services;
    }
}

/// <summary>Work to run in an app scope at start-up.</summary>
internal sealed record OrmStartupWork(Action<OrmScope> Run);
