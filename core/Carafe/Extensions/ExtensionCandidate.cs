using McMaster.NETCore.Plugins;

namespace Carafe.Extensions;

/// <summary>An extension found in a referenced assembly or a plugin folder, with its metadata or why it cannot be used.</summary>
internal sealed record ExtensionCandidate(string Name, string? Version, string Source, IReadOnlyList<string> DependsOn, Type? ExtensionType, string? Error)
{
    /// <summary>The plugin's <c>.dll</c>, for a plugin; null for a referenced assembly.</summary>
    public string? PluginPath { get; init; }

    /// <summary>The load context the plugin's assemblies are in, disposed when a hot reload replaces it.</summary>
    public PluginLoader? Loader { get; init; }

    public static ExtensionCandidate Failed(string name, string source, string error) => new(name, null, source, [], null, error);
}
