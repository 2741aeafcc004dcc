using System.Numerics;
using System.Text.Json;

namespace Carafe.Tests.Fixtures;

/// <summary>
/// One text of python_int.json and what each Python call site did with it: null where Python
/// raised ValueError. Written by generate_python_int.py; this file is shared (linked) with the
/// Forms and Orm test projects, which check their own columns.
/// </summary>
internal sealed record PythonIntCase(
    string Text, BigInteger? Int, BigInteger? Args, BigInteger? Header, (long Start, long Stop)? Range,
    BigInteger? WtformsData, IReadOnlyList<string> WtformsErrors, string Page)
{
    /// <summary>The text, shortened and escaped, to name a case in a failure message.</summary>
    public string Shown => JsonSerializer.Serialize(Text.Length > 40 ? Text[..40] + "..." : Text);
}

/// <summary>The cases of python_int.json, embedded in the test assembly under that name.</summary>
internal static class PythonIntFixture
{
    public static IReadOnlyList<PythonIntCase> Cases { get; } = Load();

    private static List<PythonIntCase> Load()
    {
        using var stream = typeof(PythonIntFixture).Assembly.GetManifestResourceStream("python_int.json")
            ?? throw new InvalidOperationException("python_int.json is not embedded in the test assembly.");
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.GetProperty("cases").EnumerateArray().Select(c => new PythonIntCase(
            c.GetProperty("text").GetString()!,
            Number(c.GetProperty("int")),
            Number(c.GetProperty("args")),
            Number(c.GetProperty("header")),
            c.GetProperty("range") is { ValueKind: JsonValueKind.Array } range
                ? (long.Parse(range[0].GetString()!), long.Parse(range[1].GetString()!))
                : null,
            Number(c.GetProperty("wtforms").GetProperty("data")),
            [.. c.GetProperty("wtforms").GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)],
            c.GetProperty("page").GetString()!)).ToList();
    }

    private static BigInteger? Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : BigInteger.Parse(value.GetString()!);
}
