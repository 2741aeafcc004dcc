using System.Reflection;
using System.Runtime.Loader;

namespace Carafe.Extensions;

/// <summary>
/// Extensions in assemblies the app references (as packages or projects): the assemblies in its
/// base directory that reference the contract and carry <see cref="CarafeExtensionAttribute"/>.
/// They load into the app's own load context, as any reference does.
/// </summary>
internal static class ReferencedExtensions
{
    public const string Source = "reference";

    // The base directory does not change while the process runs, and apps (tests make many) share it.
    private static readonly Lazy<IReadOnlyList<ExtensionCandidate>> InBaseDirectory = new(() => Find(AppContext.BaseDirectory).ToList());

    /// <summary>The extensions referenced by the running app.</summary>
    public static IReadOnlyList<ExtensionCandidate> All => InBaseDirectory.Value;

    private static IEnumerable<ExtensionCandidate> Find(string baseDirectory)
    {
        foreach (var path in Directory.EnumerateFiles(baseDirectory, "*.dll").Order(StringComparer.Ordinal))
        {
            // Reading the references first keeps every unrelated assembly unloaded.
            Version? contract;
            try
            {
                contract = ExtensionMetadata.ReferencedContractVersion(path);
            }
            catch (BadImageFormatException)
            {
                continue;
            }
            if (contract is null)
            {
                continue;
            }
            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyName(AssemblyName.GetAssemblyName(path));
            if (ExtensionMetadata.Read(assembly, Source) is { } candidate)
            {
                yield return candidate;
            }
        }
    }
}
