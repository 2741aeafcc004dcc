namespace Carafe.Extensions;

/// <summary>An extension found in a referenced assembly or a plugin folder, with its metadata or why it cannot be used.</summary>
internal sealed record ExtensionCandidate(string Name, string? Version, string Source, IReadOnlyList<string> DependsOn, Type? ExtensionType, string? Error)
{
    public static ExtensionCandidate Failed(string name, string source, string error) => new(name, null, source, [], null, error);
}
