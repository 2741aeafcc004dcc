using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Carafe.Routing;

namespace Carafe.Tests.Routing;

/// <summary>
/// Match and build results recorded from real Werkzeug 2.2.2 by Fixtures/generate_fixtures.py,
/// with the rule table they were recorded for.
/// </summary>
internal static class WerkzeugFixtures
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(SourceDirectory(), "Fixtures", "routing-fixtures.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    public static RouteMap Map { get; } = new(
        Root.GetProperty("rules").EnumerateArray().Select(rule => new Rule(
            rule.GetProperty("pattern").GetString()!,
            rule.GetProperty("endpoint").GetString()!,
            rule.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).ToList(),
            rule.GetProperty("defaults").ValueKind == JsonValueKind.Null ? null : ToDictionary(rule.GetProperty("defaults")),
            rule.GetProperty("strictSlashes").GetBoolean())),
        ConverterRegistry.CreateDefault());

    /// <summary>A JSON object as build values: integers as long (or BigInteger), other numbers as double, arrays as lists.</summary>
    public static Dictionary<string, object?> ToDictionary(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value));

    private static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        JsonValueKind.Number when element.TryGetInt64(out var integer) => integer,
        JsonValueKind.Number when element.GetRawText().IndexOfAny(['.', 'e', 'E']) < 0 => BigInteger.Parse(element.GetRawText()),
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToValue).ToList(),
        _ => throw new NotSupportedException(element.ValueKind.ToString()),
    };

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
