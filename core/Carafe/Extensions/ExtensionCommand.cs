namespace Carafe.Extensions;

/// <summary>A command an extension added to the app's command line; <see cref="Run"/> gets the app's services when it asked for them.</summary>
internal sealed record ExtensionCommand(string Description, Func<IReadOnlyList<string>, TextWriter, IServiceProvider?, Task<int>> Run, bool NeedsServices);
