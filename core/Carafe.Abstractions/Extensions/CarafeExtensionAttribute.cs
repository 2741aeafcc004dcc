namespace Carafe.Extensions;

/// <summary>
/// Marks an assembly as a Carafe extension and declares its metadata, so the host can check
/// it before running any of its code:
/// <c>[assembly: CarafeExtension(typeof(HelloExtension), "Hello", "1.2.0", Supports = "[0.1, 1.0)")]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class CarafeExtensionAttribute : Attribute
{
    /// <summary>Declares the extension.</summary>
    /// <param name="extensionType">The <see cref="CarafeExtension"/> subclass the host creates; it needs a public parameterless constructor.</param>
    /// <param name="name">Its unique name: the key of its settings section, of its blueprint (its endpoints are <c>name.view</c>), and what other extensions depend on.</param>
    /// <param name="version">Its own version, such as <c>1.2.0</c>.</param>
    public CarafeExtensionAttribute(Type extensionType, string name, string version)
    {
        ExtensionType = extensionType;
        Name = name;
        Version = version;
    }

    /// <summary>The <see cref="CarafeExtension"/> subclass the host creates.</summary>
    public Type ExtensionType { get; }

    /// <summary>The extension's unique name.</summary>
    public string Name { get; }

    /// <summary>The extension's own version.</summary>
    public string Version { get; }

    /// <summary>
    /// The <c>Carafe.Abstractions</c> versions it works with, in NuGet's interval notation:
    /// <c>[0.1, 1.0)</c> is 0.1 up to but excluding 1.0, and a bare <c>0.1</c> means 0.1 or newer.
    /// Null accepts any version.
    /// </summary>
    public string? Supports { get; set; }

    /// <summary>The names of the extensions it needs; they are initialised before it.</summary>
    public string[] DependsOn { get; set; } = [];
}
