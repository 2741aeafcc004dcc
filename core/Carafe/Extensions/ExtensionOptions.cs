using Microsoft.Extensions.Configuration;

namespace Carafe.Extensions;

/// <summary>
/// Which extensions the app loads and how strictly, from the <c>Extensions</c> section of its
/// configuration (<c>Enabled</c>, <c>PluginsFolder</c>, <c>Strict</c>); code may change them before the app starts.
/// </summary>
public sealed class ExtensionOptions
{
    /// <summary>The names of the extensions to load, or null to load every one found.</summary>
    public IList<string>? Enabled { get; set; }

    /// <summary>The folder of drop-in plugins (<c>plugins/&lt;Name&gt;/&lt;Name&gt;.dll</c>), relative to the app's root; <c>plugins</c> by default, null for none.</summary>
    public string? PluginsFolder { get; set; } = "plugins";

    /// <summary>More plugins to load, by the path of their <c>.dll</c> (next to its deps.json), such as an extension's build output in its own tests.</summary>
    public IList<string> PluginAssemblies { get; } = [];

    /// <summary>Whether the app refuses to start when an extension fails; otherwise it starts without it.</summary>
    public bool Strict { get; set; }

    /// <summary>Whether referenced assemblies in the app's base directory are searched for extensions; true by default.</summary>
    public bool FindReferenced { get; set; } = true;

    internal static ExtensionOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Extensions");
        var enabled = section.GetSection("Enabled");
        return new ExtensionOptions
        {
            Enabled = enabled.Exists()
                ? enabled.Value is { } list
                    ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : enabled.GetChildren().Select(c => c.Value ?? "").ToList()
                : null,
            PluginsFolder = section["PluginsFolder"] ?? "plugins",
            Strict = bool.TryParse(section["Strict"], out var strict) && strict,
        };
    }
}
