using Carafe.Extensions;
using Carafe.Orm;
using Flaskr;
using Microsoft.Extensions.DependencyInjection;

[assembly: CarafeExtension(typeof(InitDbCommand), "Flaskr", "1.0.0")]

namespace Flaskr;

/// <summary>
/// <c>dotnet run -- init-db</c>, Flask's <c>flask init-db</c>: clears the existing data and creates new
/// tables. Carafe apps add commands as extensions do, so this one is an extension found in the app's own assembly.
/// </summary>
public sealed class InitDbCommand : CarafeExtension
{
    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app) =>
        app.AddCommand("init-db", "Clear the existing data and create new tables.", RunAsync);

    private static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, IServiceProvider services)
    {
        var orm = services.GetRequiredService<Orm>();
        orm.DropAll();
        orm.CreateAll();
        await output.WriteLineAsync("Initialized the database.");
        return 0;
    }
}
