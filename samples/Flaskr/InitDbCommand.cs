using Carafe.Orm;
using Microsoft.Extensions.DependencyInjection;

namespace Flaskr;

/// <summary>
/// <c>dotnet run -- init-db</c>, Flask's <c>flask init-db</c> (the tutorial's <c>init_db_command</c>):
/// clears the existing data and creates new tables. <see cref="FlaskrApp"/> adds it with
/// <c>app.AddCommand</c>, as the tutorial's <c>init_app</c> does with <c>app.cli.add_command</c>.
/// </summary>
public static class InitDbCommand
{
    /// <summary>The command's line in <c>--help</c>.</summary>
    public const string Description = "Clear the existing data and create new tables.";

    /// <summary>Drops and creates the tables of the app's database, then says so.</summary>
    /// <param name="args">The arguments after <c>init-db</c>; it takes none.</param>
    /// <param name="output">Where the command writes.</param>
    /// <param name="services">The app's services, holding its <see cref="Orm"/>.</param>
    /// <returns>The exit code, 0.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, IServiceProvider services)
    {
        var orm = services.GetRequiredService<Orm>();
        orm.DropAll();
        orm.CreateAll();
        await output.WriteLineAsync("Initialized the database.");
        return 0;
    }
}
