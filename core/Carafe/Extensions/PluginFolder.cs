using McMaster.NETCore.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Carafe.Extensions;

/// <summary>
/// Drop-in plugins: each <c>&lt;folder&gt;/&lt;Name&gt;/&lt;Name&gt;.dll</c> with its deps.json and
/// dependencies, loaded into its own load context by McMaster.NETCore.Plugins. Only the contract
/// and the shared framework's DI, configuration and logging are shared with the app, so each
/// plugin keeps its own versions of everything else (Newtonsoft.Json 12 in one, 13 in another).
/// </summary>
internal static class PluginFolder
{
    private static readonly Type[] SharedTypes =
    [
        typeof(CarafeExtension), typeof(Templating.Environment), typeof(IServiceCollection), typeof(IConfiguration), typeof(ILogger),
    ];

    public static IEnumerable<ExtensionCandidate> Find(string folder, string rootPath, bool unloadable)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }
        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(directory);
            var source = Path.GetRelativePath(rootPath, directory).Replace('\\', '/');
            yield return Load(Path.Combine(directory, name + ".dll"), name, source, unloadable);
        }
    }

    /// <summary>Loads the plugin at <paramref name="path"/>, the <c>.dll</c> next to its deps.json and dependencies.</summary>
    /// <param name="path">The plugin's dll.</param>
    /// <param name="name">The name to report it under if it cannot be read.</param>
    /// <param name="source">Where it came from, as the listing shows it.</param>
    /// <param name="unloadable">
    /// Whether it goes into a collectible load context, read into memory so that its files can be
    /// replaced: the way to hot-reload it, with a new context for each version.
    /// </param>
    public static ExtensionCandidate Load(string path, string name, string source, bool unloadable) =>
        Read(path, name, source, unloadable) with { PluginPath = path };

    private static ExtensionCandidate Read(string path, string name, string source, bool unloadable)
    {
        if (!File.Exists(path))
        {
            return ExtensionCandidate.Failed(name, source, $"there is no {name}.dll in the folder");
        }
        try
        {
            // Checked before loading: a plugin built against a newer contract fails obscurely later.
            var contract = ExtensionMetadata.ReferencedContractVersion(path);
            if (contract is not null && contract > ExtensionMetadata.ContractVersion)
            {
                return ExtensionCandidate.Failed(name, source,
                    $"it was built against Carafe.Abstractions {VersionRange.Display(contract)} but the app has Carafe.Abstractions {VersionRange.Display(ExtensionMetadata.ContractVersion)}");
            }
            var loader = PluginLoader.CreateFromAssemblyFile(path, SharedTypes, config =>
            {
                config.IsUnloadable = unloadable;
                config.LoadInMemory = unloadable;
            });
            var assembly = loader.LoadDefaultAssembly();
            var candidate = ExtensionMetadata.Read(assembly, source)
                ?? ExtensionCandidate.Failed(name, source, $"{name}.dll has no [assembly: CarafeExtension(...)] attribute");
            return candidate with { Loader = loader };
        }
        catch (Exception e)
        {
            // Whatever goes wrong inside a plugin is that plugin's failure, not the app's.
            return ExtensionCandidate.Failed(name, source, $"it could not be loaded: {e.Message}");
        }
    }
}
