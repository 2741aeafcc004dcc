using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Carafe.Orm.Events;

/// <summary>
/// Raises the Orm's commit events around <c>SaveChanges</c>, and turns a constraint violation
/// into <see cref="ConstraintViolationException"/> with the context cleared (not left holding the entities that failed).
/// </summary>
internal sealed class CommitInterceptor(Orm orm, Engine engine) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, IReadOnlyList<ModelChange>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Failed(eventData);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData);
        return Task.CompletedTask;
    }

    private void Saving(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        context.ChangeTracker.DetectChanges();
        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new ModelChange(e.Entity, e.State switch { EntityState.Added => "insert", EntityState.Modified => "update", _ => "delete" }))
            .ToList();
        _pending.AddOrUpdate(context, changes);
        orm.RaiseBeforeCommit(new ModelChangesEventArgs(context, changes));
    }

    private void Saved(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var changes))
        {
            _pending.Remove(context);
            orm.RaiseAfterCommit(new ModelChangesEventArgs(context, changes));
        }
    }

    private void Failed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not { } context)
        {
            return;
        }
        _pending.Remove(context);
        if (engine.Provider.IsConstraintViolation(eventData.Exception))
        {
            var entries = eventData.Exception is DbUpdateException update ? update.Entries : [];
            // As a rolled-back session: what failed is forgotten, so the context can go on.
            context.ChangeTracker.Clear();
            throw new ConstraintViolationException(eventData.Exception.InnerException?.Message ?? eventData.Exception.Message, eventData.Exception, entries);
        }
    }
}
