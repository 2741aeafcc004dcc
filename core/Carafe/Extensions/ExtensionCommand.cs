namespace Carafe.Extensions;

/// <summary>A command an extension added to the app's command line.</summary>
internal sealed record ExtensionCommand(string Description, Func<IReadOnlyList<string>, TextWriter, Task<int>> Run);
