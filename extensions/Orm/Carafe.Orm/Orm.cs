using Carafe.Orm.Events;
using Carafe.Orm.Providers;
using Carafe.Orm.Recording;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Carafe.Orm;

/// <summary>
/// The app's databases, as Flask-SQLAlchemy's <c>db</c>: one <see cref="Engine"/> per bind, the
/// contexts registered with <c>AddOrm</c>, <see cref="CreateAll(string)"/> and <see cref="DropAll(string)"/>,
/// app scopes for work outside a request, recorded queries and commit events. The extension
/// makes one per app; views take it (or their context) as a parameter.
/// </summary>
public sealed class Orm : IDisposable
{
    private readonly Dictionary<string, Engine> _engines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Recording.CommandInterceptor Commands, CommitInterceptor Commits)> _interceptors = new(StringComparer.Ordinal);
    private readonly IServiceProvider _services;
    private readonly IHttpContextAccessor? _http;
    private readonly AsyncLocal<OrmScope?> _scope = new();
    private readonly object _requestQueriesKey = new();

    internal Orm(OrmSettings settings, IEnumerable<IDatabaseProvider> providers, IEnumerable<OrmModel> models, IServiceProvider services, ILoggerFactory loggers)
    {
        _services = services;
        _http = services.GetService<IHttpContextAccessor>();
        Models = models.ToList();
        RecordQueries = settings.RecordQueries;
        var logger = loggers.CreateLogger("Carafe.Orm");
        var providerList = providers.ToList();
        try
        {
            foreach (var bind in settings.Binds)
            {
                var uri = ParseUrl(bind);
                var provider = providerList.LastOrDefault(p => p.Dialects.Contains(uri.Dialect)) ?? throw new OrmConfigurationException(bind.Key,
                    $"no provider serves '{uri.Dialect}' (in '{uri}'). Built in: sqlite" + (uri.Dialect is "postgresql" or "postgres"
                        ? "; for PostgreSQL, reference the package Carafe.Orm.PostgreSql." : ". Available: " + string.Join(", ", providerList.SelectMany(p => p.Dialects)) + "."));
                var options = bind.EngineOptions.Where(o => o.Key != "echo").ToDictionary(o => o.Key, o => o.Value);
                var echo = settings.Echo || (bind.EngineOptions.TryGetValue("echo", out var echoOption) && IsTrue(echoOption));
                var engine = new Engine(bind.Bind, uri, provider, provider.ConnectionString(uri, options, settings.InstancePath, bind.Key), echo);
                var name = Name(bind.Bind);
                _engines[name] = engine;
                _interceptors[name] = (new Recording.CommandInterceptor(this, engine, logger, settings.RecordQueries), new CommitInterceptor(this, engine));
                OrmLog.EngineCreated(logger, bind.Bind ?? "default", uri.Redacted);
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Raised before <c>SaveChanges</c> writes, with the entities about to change (Flask-SQLAlchemy's <c>before_models_committed</c>).</summary>
    public event EventHandler<ModelChangesEventArgs>? BeforeCommit;

    /// <summary>Raised once <c>SaveChanges</c> has written, with the entities that changed (Flask-SQLAlchemy's <c>models_committed</c>).</summary>
    public event EventHandler<ModelChangesEventArgs>? AfterCommit;

    /// <summary>The binds configured: null for the default database, then the names.</summary>
    public IReadOnlyList<string?> Binds => [.. _engines.Values.Select(e => e.Bind)];

    /// <summary>Whether statements are recorded (<c>SQLALCHEMY_RECORD_QUERIES</c>).</summary>
    public bool RecordQueries { get; }

    internal IReadOnlyList<OrmModel> Models { get; }

    /// <summary>The engine of <paramref name="bind"/> (null: the default database), as <c>db.engines[bind]</c>.</summary>
    /// <exception cref="ArgumentException">There is no such bind.</exception>
    public Engine GetEngine(string? bind = null) => _engines.TryGetValue(Name(bind), out var engine) ? engine : throw new ArgumentException(
        $"There is no bind '{bind ?? "default"}'. Binds: {string.Join(", ", _engines.Values.Select(e => e.Bind ?? "default"))}. Add it to SQLALCHEMY_BINDS.", nameof(bind));

    /// <summary>
    /// Opens an app scope, as Flask's <c>app.app_context()</c>: contexts for work outside a request.
    /// Dispose it when done (<c>using var scope = orm.AppScope();</c>).
    /// </summary>
    public OrmScope AppScope()
    {
        var outer = _scope.Value;
        var scope = new OrmScope(this, _services, _ => _scope.Value = outer);
        _scope.Value = scope;
        return scope;
    }

    /// <summary>
    /// The <typeparamref name="TContext"/> of the current app scope, else of the current request,
    /// as <c>db.session</c>. In a view, taking the context as a parameter is simpler.
    /// </summary>
    /// <exception cref="InvalidOperationException">There is neither a request nor an app scope.</exception>
    public TContext Context<TContext>() where TContext : DbContext =>
        (CurrentServices() ?? throw new InvalidOperationException(
            $"Working outside of application context: {typeof(TContext).Name} is made per request or per app scope, and there is neither. " +
            $"To solve this, take {typeof(TContext).Name} as a parameter of the view, or open a scope around the work: " +
            "'using var scope = orm.AppScope(); var db = scope.Get<" + typeof(TContext).Name + ">();'."))
        .GetRequiredService<TContext>();

    /// <summary>
    /// The statements recorded in the current app scope or request (<c>SQLALCHEMY_RECORD_QUERIES</c>),
    /// as <c>get_recorded_queries()</c>; empty when recording is off or outside both.
    /// </summary>
    public IReadOnlyList<RecordedQuery> GetRecordedQueries()
    {
        if (CurrentRecording() is not { } queries)
        {
            return [];
        }
        lock (queries)
        {
            return [.. queries];
        }
    }

    /// <summary>Creates the missing tables of every model, in a scope of its own; see <see cref="OrmScope.CreateAll"/>.</summary>
    public void CreateAll(string? bind = null)
    {
        using var scope = AppScope();
        scope.CreateAll(bind);
    }

    /// <summary>Drops the tables of every model, in a scope of its own; see <see cref="OrmScope.DropAll"/>.</summary>
    public void DropAll(string? bind = null)
    {
        using var scope = AppScope();
        scope.DropAll(bind);
    }

    /// <summary>Applies the pending EF Core migrations of every context (or one bind's), as <c>flask db upgrade</c>.</summary>
    public void Upgrade(string? bind = null)
    {
        using var scope = AppScope();
        foreach (var context in Contexts(scope, bind, bind is null))
        {
            context.Database.Migrate();
        }
    }

    /// <summary>Closes the engines.</summary>
    public void Dispose()
    {
        foreach (var engine in _engines.Values)
        {
            engine.Dispose();
        }
    }

    internal void Configure(DbContextOptionsBuilder options, string? bind)
    {
        var engine = GetEngine(bind);
        engine.Provider.Use(options, engine.ConnectionString);
        var (commands, commits) = _interceptors[Name(bind)];
        options.AddInterceptors(commands, commits);
    }

    internal void CreateAll(OrmScope scope, string? bind, bool allBinds)
    {
        foreach (var model in ModelsOf(bind, allBinds))
        {
            Schema.CreateMissingTables((DbContext)scope.Services.GetRequiredService(model.ContextType), GetEngine(model.Bind).Provider.CountTablesSql);
        }
    }

    internal void DropAll(OrmScope scope, string? bind, bool allBinds)
    {
        foreach (var context in Contexts(scope, bind, allBinds))
        {
            Schema.DropTables(context);
        }
    }

    internal List<RecordedQuery>? CurrentRecording()
    {
        if (_scope.Value is { } scope)
        {
            return scope.Queries;
        }
        if (_http?.HttpContext is { } http)
        {
            return http.Items.TryGetValue(_requestQueriesKey, out var list) ? (List<RecordedQuery>)list! : (List<RecordedQuery>)(http.Items[_requestQueriesKey] = new List<RecordedQuery>());
        }
        return null;
    }

    internal void RaiseBeforeCommit(ModelChangesEventArgs changes) => BeforeCommit?.Invoke(this, changes);

    internal void RaiseAfterCommit(ModelChangesEventArgs changes) => AfterCommit?.Invoke(this, changes);

    private IServiceProvider? CurrentServices() => _scope.Value?.Services ?? _http?.HttpContext?.RequestServices;

    private IEnumerable<DbContext> Contexts(OrmScope scope, string? bind, bool allBinds) =>
        ModelsOf(bind, allBinds).Select(m => (DbContext)scope.Services.GetRequiredService(m.ContextType));

    private List<OrmModel> ModelsOf(string? bind, bool allBinds)
    {
        if (!allBinds)
        {
            GetEngine(bind);
        }
        return [.. Models.Where(m => allBinds || m.Bind == bind)];
    }

    private static string Name(string? bind) => bind ?? "";

    private static DatabaseUri ParseUrl(BindSettings bind)
    {
        try
        {
            return DatabaseUri.Parse(bind.Url);
        }
        catch (FormatException e)
        {
            throw new OrmConfigurationException(bind.Key, e.Message);
        }
    }

    private static bool IsTrue(object? value) => value is true || (value is string text && bool.TryParse(text, out var flag) && flag);
}
