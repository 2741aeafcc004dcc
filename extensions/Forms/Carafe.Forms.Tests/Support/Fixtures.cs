using System.Text.Json;

namespace Carafe.Forms.Tests.Support;

/// <summary>The golden output of real WTForms, made by Fixtures/generate.py.</summary>
internal static class Fixtures
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "wtforms.json"))).RootElement;

    public static string Render(string name) => Root.GetProperty("render").GetProperty(name).GetString()!;

    public static string Label(string name) => Root.GetProperty("labels").GetProperty(name).GetString()!;

    public static string[] Errors(string name) => [.. Root.GetProperty("errors").GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];

    public static IEnumerable<string> Names(string section) => Root.GetProperty(section).EnumerateObject().Select(p => p.Name);
}
