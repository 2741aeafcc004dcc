using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Carafe.Orm;

/// <summary>
/// Saving broke a constraint of the database (a unique key, a foreign key, not null, a check).
/// Nothing was saved and the context has been cleared, as a rolled-back session is, so it can
/// be used again. Map it to a 409 with <c>app.ErrorHandler&lt;ConstraintViolationException&gt;(...)</c>.
/// </summary>
public sealed class ConstraintViolationException : DbUpdateException
{
    /// <summary>Creates the exception from what the database said.</summary>
    public ConstraintViolationException(string message, Exception innerException, IReadOnlyList<EntityEntry> entries)
        : base(message, innerException, entries)
    {
    }
}
