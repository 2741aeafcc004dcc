namespace Carafe.Extensions;

/// <summary>The <c>extensions</c> command's table: name, version, where each came from, and its state.</summary>
internal static class ExtensionsTable
{
    public static string Format(CarafeApp app)
    {
        try
        {
            app.Extensions.Load();
        }
        catch (ExtensionLoadException)
        {
            // Listing is how one finds out why a strict app refuses to start.
        }
        var entries = app.Extensions.Entries;
        if (entries.Count == 0)
        {
            return $"No extensions found (plugins folder: {app.Extensions.PluginsFolder}).\n";
        }
        string[] header = ["Extension", "Version", "Source", "State"];
        var rows = entries.Select(e => new[] { e.Name, e.Version ?? "?", e.Source, State(e) }).ToList();
        var widths = Enumerable.Range(0, 3).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        var lines = new[] { header, widths.Select(w => new string('-', w)).Append("-----").ToArray() }.Concat(rows)
            .Select(r => string.Join("  ", r.Take(3).Select((cell, i) => cell.PadRight(widths[i]))) + "  " + r[3]);
        return string.Join("\n", lines) + "\n";
    }

    private static string State(ExtensionEntry entry) => entry.State switch
    {
        ExtensionState.Loaded => entry.ReloadError is null ? "loaded" : $"loaded (reload failed: {entry.ReloadError})",
        ExtensionState.Disabled => "disabled",
        _ => "failed: " + entry.Reason,
    };
}
