using Microsoft.Data.Sqlite;

namespace Carafe.Orm.Tests.Support;

/// <summary>Reads a SQLite file directly, unpooled, to see what the Orm really wrote.</summary>
internal static class SqliteFile
{
    /// <summary>The first column of every row <paramref name="sql"/> answers.</summary>
    public static List<object?> Query(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?>();
        while (reader.Read())
        {
            rows.Add(reader.GetValue(0));
        }
        return rows;
    }
}
