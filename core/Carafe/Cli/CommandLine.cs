using System.Globalization;
using Carafe.Extensions;

namespace Carafe.Cli;

/// <summary>
/// The app's command line, as the <c>flask</c> command: no command (or <c>run</c>) serves,
/// <c>routes</c> prints the route table, <c>extensions</c> lists the extensions, <c>--help</c>
/// lists every command, and the app and its extensions add their own commands. Options:
/// <c>--host</c>, <c>--port</c>, <c>--debug</c>.
/// </summary>
internal static class CommandLine
{
    public static async Task RunAsync(CarafeApp app, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var command = Command(args);
        switch (command)
        {
            case "run":
                var host = Option(args, "--host") ?? "127.0.0.1";
                var portText = Option(args, "--port") ?? "5000";
                if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
                {
                    throw new ArgumentException($"--port must be a number from 1 to 65535, not '{portText}'.");
                }
                await app.ServeAsync(host, port, cancellationToken);
                break;
            case "routes":
                app.Freeze();
                await output.WriteAsync(RoutesTable.Format(app.Compiled.Map.Rules));
                break;
            case "extensions":
                await output.WriteAsync(ExtensionsTable.Format(app));
                break;
            case "--help":
                app.Extensions.Load();
                await output.WriteAsync(HelpText.Format(app.Commands));
                break;
            default:
                app.Extensions.Load();
                if (app.Commands.TryGetValue(command, out var extensionCommand))
                {
                    var commandArgs = args.SkipWhile(a => a != command).Skip(1).ToList();
                    if (extensionCommand.NeedsServices)
                    {
                        await using var web = app.Build();
                        System.Environment.ExitCode = await extensionCommand.Run(commandArgs, output, web.Services);
                    }
                    else
                    {
                        System.Environment.ExitCode = await extensionCommand.Run(commandArgs, output, null);
                    }
                    break;
                }
                throw new ArgumentException($"No such command '{command}'. Commands: {HelpText.Names(app.Commands)} (`--help` describes them).");
        }
    }

    /// <summary>The first argument that is neither an option nor an option's value, or <c>--help</c> if that comes first.</summary>
    private static string Command(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--host" or "--port")
            {
                i++;
            }
            else if (args[i] == "--help")
            {
                return "--help";
            }
            else if (!args[i].StartsWith('-'))
            {
                return args[i];
            }
        }
        return "run";
    }

    private static string? Option(string[] args, string name)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name)
            {
                return i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{name} needs a value.");
            }
            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 1)..];
            }
        }
        return null;
    }
}
