namespace Carafe.Cli;

/// <summary>
/// A command the app or an extension added to the app's command line; <see cref="Run"/> gets the
/// app's services when it asked for them (<see cref="NeedsServices"/>), else null.
/// </summary>
internal sealed record CliCommand(string Description, Func<IReadOnlyList<string>, TextWriter, IServiceProvider?, Task<int>> Run, bool NeedsServices)
{
    /// <summary>Carafe's own commands, which no added command may replace.</summary>
    public static IReadOnlyDictionary<string, string> BuiltIn { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["extensions"] = "List the extensions with their version, origin and state.",
        ["routes"] = "Show the routes for the app.",
        ["run"] = "Run a development server (the default).",
    };

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="name"/> is malformed or one of <see cref="BuiltIn"/>.</summary>
    public static void CheckName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.StartsWith('-') || name.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"'{name}' cannot name a command: it must be one word that does not start with '-'.", nameof(name));
        }
        if (BuiltIn.ContainsKey(name))
        {
            throw new ArgumentException($"'{name}' is one of Carafe's own commands.", nameof(name));
        }
    }

    /// <summary>A command that needs only its arguments and output.</summary>
    public static CliCommand Create(string description, Func<IReadOnlyList<string>, TextWriter, Task<int>> run) =>
        new(description, (args, output, _) => run(args, output), NeedsServices: false);

    /// <summary>A command run with the app's services, built for it without serving.</summary>
    public static CliCommand Create(string description, Func<IReadOnlyList<string>, TextWriter, IServiceProvider, Task<int>> run) =>
        new(description, (args, output, services) => run(args, output, services!), NeedsServices: true);
}
