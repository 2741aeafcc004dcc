namespace Carafe.Extensions;

/// <summary>One extension the app found, as <c>dotnet run -- extensions</c> lists it.</summary>
/// <param name="Name">Its declared name, or the plugin folder's name when it could not be read.</param>
/// <param name="Version">Its declared version, or null when it could not be read.</param>
/// <param name="Source"><c>reference</c> for an assembly the app references, else the plugin's folder.</param>
/// <param name="State">Whether it was loaded, disabled, or failed.</param>
/// <param name="Reason">Why it failed, or null.</param>
/// <param name="ReloadError">
/// Why the last hot reload of this loaded extension failed, so that <paramref name="Version"/> still serves; null when none failed.
/// </param>
public sealed record ExtensionEntry(string Name, string? Version, string Source, ExtensionState State, string? Reason, string? ReloadError = null);
