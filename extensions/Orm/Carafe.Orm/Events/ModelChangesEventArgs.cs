using Microsoft.EntityFrameworkCore;

namespace Carafe.Orm.Events;

/// <summary>The changes of one <c>SaveChanges</c>, for <see cref="Orm.BeforeCommit"/> and <see cref="Orm.AfterCommit"/>.</summary>
public sealed class ModelChangesEventArgs(DbContext context, IReadOnlyList<ModelChange> changes) : EventArgs
{
    /// <summary>The context saving them.</summary>
    public DbContext Context { get; } = context;

    /// <summary>The entities inserted, updated and deleted, in the order the context tracks them.</summary>
    public IReadOnlyList<ModelChange> Changes { get; } = changes;
}
