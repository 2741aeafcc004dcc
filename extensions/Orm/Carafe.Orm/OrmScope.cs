using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Orm;

/// <summary>
/// An app scope, as Flask's <c>with app.app_context():</c> for work outside a request (start-up,
/// commands, background work): its contexts are created on first use and disposed with it.
/// Get one from <see cref="Orm.AppScope"/>; while it is open, <see cref="Orm.Context{TContext}"/> answers its contexts.
/// </summary>
public sealed class OrmScope : IDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly Action<OrmScope> _closed;

    internal OrmScope(Orm orm, IServiceProvider services, Action<OrmScope> closed)
    {
        Orm = orm;
        _scope = services.CreateAsyncScope();
        _closed = closed;
    }

    /// <summary>The Orm this scope belongs to.</summary>
    public Orm Orm { get; }

    /// <summary>The scope's services.</summary>
    public IServiceProvider Services => _scope.ServiceProvider;

    internal List<Recording.RecordedQuery> Queries { get; } = [];

    /// <summary>The scope's <typeparamref name="TContext"/>, registered with <c>AddOrm</c>.</summary>
    public TContext Get<TContext>() where TContext : DbContext => Services.GetRequiredService<TContext>();

    /// <summary>Creates the tables of every model (or of one bind's) that do not exist yet, as <c>db.create_all()</c>.</summary>
    public void CreateAll(string? bind = null) => Orm.CreateAll(this, bind, allBinds: bind is null);

    /// <summary>Drops the tables of every model (or of one bind's), as <c>db.drop_all()</c>.</summary>
    public void DropAll(string? bind = null) => Orm.DropAll(this, bind, allBinds: bind is null);

    /// <summary>Disposes the scope's contexts.</summary>
    public void Dispose()
    {
        _closed(this);
        _scope.Dispose();
    }
}
