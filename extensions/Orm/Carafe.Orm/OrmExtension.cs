using Carafe.Extensions;
using Carafe.Orm;
using Carafe.Orm.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

[assembly: CarafeExtension(typeof(OrmExtension), "Orm", "0.1.0", Supports = "[0.1, 1.0)")]

namespace Carafe.Orm;

/// <summary>
/// Plugs the Orm into an app (Flask-SQLAlchemy's <c>db.init_app(app)</c>): one <see cref="Orm"/>
/// per app, built from the <c>SQLALCHEMY_*</c> keys when the app starts (a bad configuration
/// stops the start with the key named), SQLite as the built-in provider, a health check
/// <c>orm:&lt;bind&gt;</c> per database, the <c>db</c> command, and the pagination macro
/// (<c>{% from "orm/pagination.html" import render_pagination %}</c>).
/// </summary>
public sealed class OrmExtension : CarafeExtension
{
    private IConfiguration? _configuration;
    private Config? _config;
    private string? _instancePath;

    /// <inheritdoc/>
    public override void ConfigureServices(ExtensionServicesContext context)
    {
        _configuration = context.Configuration;
        var services = context.Services;
        services.AddHttpContextAccessor();
        services.AddSingleton<IDatabaseProvider, SqliteProvider>();
        services.AddSingleton(CreateOrm);
        services.AddHostedService(provider => new OrmStarter(provider));
        services.AddHealthChecks();
        services.AddOptions<HealthCheckServiceOptions>().Configure<Orm>((options, orm) =>
        {
            foreach (var bind in orm.Binds)
            {
                var engine = orm.GetEngine(bind);
                options.Registrations.Add(new HealthCheckRegistration($"orm:{bind ?? "default"}", _ => new OrmHealthCheck(engine), HealthStatus.Unhealthy, ["orm", "database"]));
            }
        });
    }

    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app)
    {
        _config = app.Config;
        _instancePath = app.InstancePath;
        app.AddEmbeddedTemplates(typeof(OrmExtension).Assembly, "Carafe.Orm.templates");
        app.AddCommand("db", "Creates, drops or upgrades the app's databases: db init|create|drop|upgrade [--bind NAME]", DatabaseCommands.RunAsync);
    }

    private Orm CreateOrm(IServiceProvider services)
    {
        var config = _config ?? throw new InvalidOperationException("The Orm extension was not initialised: its services were used before the app started.");
        var models = services.GetServices<OrmModel>().ToList();
        var settings = OrmSettings.From(config, _configuration!, _instancePath!, models.Select(m => m.Bind));
        return new Orm(settings, services.GetServices<IDatabaseProvider>(), models, services, services.GetRequiredService<ILoggerFactory>());
    }

    /// <summary>Builds the Orm as the app starts, so a bad configuration stops the start, then runs the app's start-up work.</summary>
    private sealed class OrmStarter(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var orm = services.GetRequiredService<Orm>();
            foreach (var work in services.GetServices<OrmStartupWork>())
            {
                using var scope = orm.AppScope();
                work.Run(scope);
            }
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
