using System.Text.Json;

namespace Carafe.Bench.Templates;

/// <summary>The data both pages render, read from pages/data.json (which jinja2_bench.py reads too).</summary>
/// <param name="Title">The product page's title.</param>
/// <param name="Products">The product page's products.</param>
/// <param name="Fortunes">The fortunes table's rows.</param>
public sealed record PageData(string Title, Product[] Products, Fortune[] Fortunes)
{
    /// <summary>Reads pages/data.json beside the program.</summary>
    public static PageData Load() =>
        JsonSerializer.Deserialize<PageData>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "pages", "data.json")),
            new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })
        ?? throw new InvalidDataException("pages/data.json is empty.");
}
