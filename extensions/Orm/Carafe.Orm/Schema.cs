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
    public static void CreateMissingTables(DbContext context, string countTablesSql)
    {
        var creator = context.GetService<IRelationalDatabaseCreator>();
        if (!creator.Exists())
        {
            creator.Create();
        }
        var tables = Tables(context);
        var existing = tables.Where(t => Exists(context, t, countTablesSql)).ToList();
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
        try
        {
            creator.CreateTables();
        }
        catch (DbException) when (tables.All(t => Exists(context, t, countTablesSql)))
        {
            // Another process (an app instance starting at the same moment) created them first.
        }
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

    private static bool Exists(DbContext context, ITable table, string countTablesSql)
    {
        // Asked of the catalogue, not by querying the table: a missing table is no error in the logs.
        var connection = context.Database.GetDbConnection();
        context.Database.OpenConnection();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = countTablesSql;
            command.Parameters.Add(Parameter(command, "@name", table.Name));
            command.Parameters.Add(Parameter(command, "@schema", table.Schema));
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        finally
        {
            context.Database.CloseConnection();
        }
    }

    private static DbParameter Parameter(DbCommand command, string name, string? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = System.Data.DbType.String;
        parameter.Value = (object?)value ?? DBNull.Value;
        return parameter;
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
