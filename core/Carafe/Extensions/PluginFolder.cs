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

    public static IEnumerable<ExtensionCandidate> Find(string folder, string rootPath)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }
        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(directory);
            var source = Path.GetRelativePath(rootPath, directory).Replace('\\', '/');
            yield return Load(Path.Combine(directory, name + ".dll"), name, source);
        }
    }

    /// <summary>Loads the plugin at <paramref name="path"/>, the <c>.dll</c> next to its deps.json and dependencies.</summary>
    public static ExtensionCandidate Load(string path, string name, string source)
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
            var loader = PluginLoader.CreateFromAssemblyFile(path, SharedTypes, _ => { });
            var assembly = loader.LoadDefaultAssembly();
            return ExtensionMetadata.Read(assembly, source)
                ?? ExtensionCandidate.Failed(name, source, $"{name}.dll has no [assembly: CarafeExtension(...)] attribute");
        }
        catch (Exception e)
        {
            // Whatever goes wrong inside a plugin is that plugin's failure, not the app's.
            return ExtensionCandidate.Failed(name, source, $"it could not be loaded: {e.Message}");
        }
    }
}
