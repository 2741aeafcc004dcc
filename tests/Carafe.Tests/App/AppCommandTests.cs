using Carafe.Cli;
using Carafe.Extensions;
using Carafe.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Tests.App;

/// <summary><c>app.AddCommand</c>, Flask's <c>@app.cli.command()</c>: commands of the app's own, without an extension.</summary>
public class AppCommandTests
{
    [Fact]
    public async Task A_command_runs_with_its_arguments_and_sets_the_exit_code()
    {
        var app = TestApps.Create();
        app.AddCommand("greet", "Greet each name.", async (args, output) =>
        {
            await output.WriteLineAsync("Hello, " + string.Join(" and ", args));
            return 3;
        });
        var output = new StringWriter { NewLine = "\n" };

        try
        {
            await CommandLine.RunAsync(app, ["--port", "5005", "greet", "Ann", "--loud"], output, CancellationToken.None);
            Assert.Equal(3, System.Environment.ExitCode);
        }
        finally
        {
            System.Environment.ExitCode = 0;
        }
        Assert.Equal("Hello, Ann and --loud\n", output.ToString());
    }

    [Fact]
    public async Task A_command_with_services_gets_the_apps_services_without_serving()
    {
        var app = TestApps.Create();
        app.Services.AddSingleton(new Greeting("Bonjour"));
        app.AddCommand("greet", "Greet in the configured language.", async (args, output, services) =>
        {
            await output.WriteAsync(services.GetRequiredService<Greeting>().Word + ", " + args[0]);
            return 0;
        });
        var output = new StringWriter();

        await CommandLine.RunAsync(app, ["greet", "Ann"], output, CancellationToken.None);

        Assert.Equal("Bonjour, Ann", output.ToString());
        Assert.Equal(0, System.Environment.ExitCode);
    }

    [Fact]
    public async Task Help_lists_every_command_with_its_description()
    {
        var app = TestApps.Create();
        app.AddCommand("init-db", "Clear the existing data and create new tables.", (_, _) => Task.FromResult(0));
        app.AddCommand("a", "Comes first.", (_, _, _) => Task.FromResult(0));
        var output = new StringWriter();

        await CommandLine.RunAsync(app, ["--debug", "--help", "init-db"], output, CancellationToken.None);

        Assert.Equal(
            "Usage: dotnet run -- [OPTIONS] COMMAND [ARGS]...\n" +
            "\n" +
            "Options:\n" +
            "  --host TEXT     The interface to bind to (run).  [default: 127.0.0.1]\n" +
            "  --port INTEGER  The port to bind to (run).  [default: 5000]\n" +
            "  --debug         Run in debug mode (DEBUG: error pages show the exception).\n" +
            "  --help          Show this message and exit.\n" +
            "\n" +
            "Commands:\n" +
            "  a           Comes first.\n" +
            "  extensions  List the extensions with their version, origin and state.\n" +
            "  init-db     Clear the existing data and create new tables.\n" +
            "  routes      Show the routes for the app.\n" +
            "  run         Run a development server (the default).\n",
            output.ToString());
    }

    [Fact]
    public async Task An_unknown_command_names_the_commands_there_are()
    {
        var app = TestApps.Create();
        app.AddCommand("init-db", "Clear the existing data and create new tables.", (_, _) => Task.FromResult(0));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => CommandLine.RunAsync(app, ["init_db"], TextWriter.Null, CancellationToken.None));

        Assert.Equal("No such command 'init_db'. Commands: extensions, init-db, routes, run (`--help` describes them).", error.Message);
    }

    [Theory]
    [InlineData("greet", "There is already a command named 'greet': each command name can be added once. (Parameter 'name')")]
    [InlineData("routes", "'routes' is one of Carafe's own commands. (Parameter 'name')")]
    [InlineData("run", "'run' is one of Carafe's own commands. (Parameter 'name')")]
    [InlineData("", "'' cannot name a command: it must be one word that does not start with '-'. (Parameter 'name')")]
    [InlineData("--help", "'--help' cannot name a command: it must be one word that does not start with '-'. (Parameter 'name')")]
    [InlineData("two words", "'two words' cannot name a command: it must be one word that does not start with '-'. (Parameter 'name')")]
    public void A_name_that_is_taken_or_malformed_is_refused_by_the_app_and_by_extensions(string name, string message)
    {
        var app = TestApps.Create();
        app.AddCommand("greet", "Greet.", (_, _) => Task.FromResult(0));

        var fromApp = Assert.Throws<ArgumentException>(() => app.AddCommand(name, "Again.", (_, _) => Task.FromResult(1)));
        var fromExtension = Assert.Throws<ArgumentException>(() =>
        {
            var extension = new ExtensionRegistrar(app, "Other");
            extension.AddCommand(name, "Again.", (_, _) => Task.FromResult(1));
            extension.Commit();
        });

        Assert.Equal(message, fromApp.Message);
        Assert.Equal(message, fromExtension.Message);
    }

    [Fact]
    public void Commands_cannot_be_added_once_the_app_has_started()
    {
        var app = TestApps.Create();
        using var client = app.TestClient();
        client.Get("/");

        var error = Assert.Throws<InvalidOperationException>(() => app.AddCommand("late", "Too late.", (_, _) => Task.FromResult(0)));

        Assert.StartsWith("The setup method 'AddCommand' can no longer be called on the application.", error.Message);
    }

    private sealed record Greeting(string Word);
}
