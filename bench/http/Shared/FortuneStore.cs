using Microsoft.Data.Sqlite;

namespace Carafe.Bench.Http;

/// <summary>Reads the fortunes table and applies the test's rules: add one at request time, sort by message.</summary>
internal sealed class FortuneStore(string databasePath)
{
    private const string AddedAtRequestTime = "Additional fortune added at request time.";

    // Microsoft.Data.Sqlite pools connections by default: opening one per request is the idiomatic use.
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadOnly,
    }.ToString();

    /// <summary>All rows plus the one added at request time, sorted by message (ordinal, as Python sorts).</summary>
    public List<Fortune> LoadSorted()
    {
        var fortunes = new List<Fortune>(16);
        using (var connection = new SqliteConnection(_connectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, message FROM fortune";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                fortunes.Add(new Fortune(reader.GetInt32(0), reader.GetString(1)));
            }
        }

        fortunes.Add(new Fortune(0, AddedAtRequestTime));
        fortunes.Sort(static (a, b) => string.CompareOrdinal(a.Message, b.Message));
        return fortunes;
    }
}
