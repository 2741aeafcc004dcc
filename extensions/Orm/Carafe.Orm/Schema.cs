using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Carafe.Orm;

/// <summary>
/// <c>create_all</c> and <c>drop_all</c> for one context: the tables of its models, created when
/// missing and dropped when present, leaving other tables (other contexts on the same database,
/// the migrations history) alone.
/// </summary>
internal static class Schema
{
    public static void CreateMissingTables(DbContext context)
    {
        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (!creator.Exists())
        {
            creator.Create();
        }
        var tables = Tables(context);
        var existing = tables.Where(t => Exists(context, t)).ToList();
        if (existing.Count == tables.Count)
        {
            return;
        }
        if (existing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Some tables of {context.GetType().Name} exist ({string.Join(", ", existing.Select(t => t.Name))}) and others do not: " +
                "the database is from an older version of the models. Create the missing ones with a migration ('dotnet ef migrations add', then 'db upgrade').");
        }
        creator.CreateTables();
    }

    public static void DropTables(DbContext context)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        // Tables that others refer to go last, so foreign keys never point at a dropped table.
        foreach (var table in DependentsFirst(Tables(context)))
        {
            // Identifiers from the model, delimited: no value of anyone's goes into the text.
            var drop = "DROP TABLE IF EXISTS " + sql.DelimitIdentifier(table.Name, table.Schema);
            context.Database.ExecuteSqlRaw(drop);
        }
    }

    private static List<ITable> Tables(DbContext context) => [.. context.GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model.GetRelationalModel().Tables];

    private static bool Exists(DbContext context, ITable table)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        try
        {
            var probe = "SELECT 1 FROM " + sql.DelimitIdentifier(table.Name, table.Schema) + " WHERE 1 = 0";
            context.Database.ExecuteSqlRaw(probe);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }

    private static IEnumerable<ITable> DependentsFirst(List<ITable> tables)
    {
        var ordered = new List<ITable>();
        var visiting = new HashSet<ITable>();
        void Visit(ITable table)
        {
            if (ordered.Contains(table) || !visiting.Add(table))
            {
                return;
            }
            foreach (var dependent in tables.Where(t => t != table && t.ForeignKeyConstraints.Any(fk => fk.PrincipalTable == table)))
            {
                Visit(dependent);
            }
            ordered.Add(table);
        }
        foreach (var table in tables)
        {
            Visit(table);
        }
        return ordered;
    }
}
