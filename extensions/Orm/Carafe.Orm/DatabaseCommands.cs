using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Orm;

/// <summary>
/// <c>dotnet run -- db init|create|drop|upgrade [--bind NAME]</c>: Flask-SQLAlchemy's
/// <c>create_all</c>/<c>drop_all</c>, the Flask tutorial's <c>init-db</c> and Flask-Migrate's
/// <c>upgrade</c> (EF Core migrations), on the app's databases.
/// </summary>
internal static class DatabaseCommands
{
    public const string Usage = "Usage: db init|create|drop|upgrade [--bind NAME]\n" +
        "  init     drop the tables of every model, then create them: a clean database\n" +
        "  create   create the tables that do not exist yet\n" +
        "  drop     drop the tables of every model\n" +
        "  upgrade  apply the pending EF Core migrations";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, IServiceProvider services)
    {
        var bindAt = args.ToList().IndexOf("--bind");
        if (args.Count == 0 || (bindAt >= 0 && bindAt + 1 >= args.Count))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        var bind = bindAt >= 0 ? args[bindAt + 1] : null;
        var orm = services.GetRequiredService<Orm>();
        var where = bind is null ? "every database" : $"bind {bind}";
        switch (args[0])
        {
            case "init":
                orm.DropAll(bind);
                orm.CreateAll(bind);
                await output.WriteLineAsync($"Initialized {where}: the tables of every model, empty.");
                return 0;
            case "create":
                orm.CreateAll(bind);
                await output.WriteLineAsync($"Created the missing tables in {where}.");
                return 0;
            case "drop":
                orm.DropAll(bind);
                await output.WriteLineAsync($"Dropped the tables of every model in {where}.");
                return 0;
            case "upgrade":
                orm.Upgrade(bind);
                await output.WriteLineAsync($"Applied the pending migrations to {where}.");
                return 0;
            default:
                await output.WriteLineAsync($"No such db command '{args[0]}'.\n{Usage}");
                return 2;
        }
    }
}
