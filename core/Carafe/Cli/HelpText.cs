namespace Carafe.Cli;

/// <summary>
/// What <c>--help</c> prints, laid out as <c>flask --help</c> (click) lays it out: usage, options,
/// then every command, Carafe's own and those the app and its extensions added, by name.
/// </summary>
internal static class HelpText
{
    public static string Format(IReadOnlyDictionary<string, CliCommand> added)
    {
        var commands = CliCommand.BuiltIn.Concat(added.Select(c => KeyValuePair.Create(c.Key, c.Value.Description)))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        var width = commands.Max(c => c.Key.Length);
        var lines = new List<string>
        {
            "Usage: dotnet run -- [OPTIONS] COMMAND [ARGS]...",
            "",
            "Options:",
            "  --host TEXT     The interface to bind to (run).  [default: 127.0.0.1]",
            "  --port INTEGER  The port to bind to (run).  [default: 5000]",
            "  --debug         Run in debug mode (DEBUG: error pages show the exception).",
            "  --help          Show this message and exit.",
            "",
            "Commands:",
        };
        lines.AddRange(commands.Select(c => $"  {c.Key.PadRight(width)}  {c.Value}"));
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The names of every command, for the error about one that does not exist.</summary>
    public static string Names(IReadOnlyDictionary<string, CliCommand> added) =>
        string.Join(", ", CliCommand.BuiltIn.Keys.Concat(added.Keys).Order(StringComparer.Ordinal));
}
