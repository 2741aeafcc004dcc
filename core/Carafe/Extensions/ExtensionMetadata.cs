using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Carafe.Extensions;

/// <summary>Reads and checks what an assembly declares with <see cref="CarafeExtensionAttribute"/>.</summary>
internal static class ExtensionMetadata
{
    /// <summary>The version of <c>Carafe.Abstractions</c> this app runs with.</summary>
    public static Version ContractVersion { get; } = VersionRange.Normalize(typeof(CarafeExtension).Assembly.GetName().Version!);

    private static readonly string ContractName = typeof(CarafeExtension).Assembly.GetName().Name!;

    /// <summary>The version of <c>Carafe.Abstractions</c> the assembly at <paramref name="path"/> was compiled against, read without loading it; null when it does not reference it.</summary>
    public static Version? ReferencedContractVersion(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return null;
        }
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (metadata.StringComparer.Equals(reference.Name, ContractName))
            {
                return VersionRange.Normalize(reference.Version);
            }
        }
        return null;
    }

    /// <summary>
    /// The extension <paramref name="assembly"/> declares, or null when it declares none. Errors
    /// (a copy of the contract, a range that excludes this app, a bad extension type) are reported on the candidate.
    /// </summary>
    public static ExtensionCandidate? Read(Assembly assembly, string source)
    {
        var declaration = CustomAttributeData.GetCustomAttributes(assembly)
            .FirstOrDefault(a => a.AttributeType.FullName == typeof(CarafeExtensionAttribute).FullName);
        if (declaration is null)
        {
            return null;
        }
        var fallbackName = assembly.GetName().Name!;
        if (declaration.AttributeType != typeof(CarafeExtensionAttribute))
        {
            return ExtensionCandidate.Failed(fallbackName, source,
                $"it carries its own copy of {ContractName}, so its types are not the app's; reference {ContractName} with Private=\"false\" and ExcludeAssets=\"runtime\"");
        }
        var attribute = assembly.GetCustomAttribute<CarafeExtensionAttribute>()!;
        var candidate = new ExtensionCandidate(attribute.Name, attribute.Version, source, attribute.DependsOn, attribute.ExtensionType, null);
        return Check(attribute) is { } error ? candidate with { ExtensionType = null, Error = error } : candidate;
    }

    private static string? Check(CarafeExtensionAttribute attribute)
    {
        if (string.IsNullOrWhiteSpace(attribute.Name) || attribute.Name.Contains('.'))
        {
            return $"its name '{attribute.Name}' must be non-empty and without dots";
        }
        if (attribute.Supports is { } supports)
        {
            VersionRange range;
            try
            {
                range = VersionRange.Parse(supports);
            }
            catch (FormatException e)
            {
                return e.Message;
            }
            if (!range.Contains(ContractVersion))
            {
                return $"it supports {ContractName} {range} but the app has {ContractName} {VersionRange.Display(ContractVersion)}";
            }
        }
        if (!typeof(CarafeExtension).IsAssignableFrom(attribute.ExtensionType) || attribute.ExtensionType.IsAbstract
            || attribute.ExtensionType.GetConstructor(Type.EmptyTypes) is null)
        {
            return $"{attribute.ExtensionType.FullName} must be a concrete {nameof(CarafeExtension)} with a public parameterless constructor";
        }
        return null;
    }
}
