namespace Carafe.Bench.Templates;

/// <summary>The engines measured, in the order the tables list them.</summary>
internal static class Engines
{
    /// <summary>The pages every engine renders: pages/{page}.{extension}, expected/{page}.html.</summary>
    public static readonly string[] Pages = ["products", "fortunes"];

    /// <summary>Every engine under test.</summary>
    public static readonly TemplateEngine[] All =
        [new CarafeEngine(), new FluidEngine(), new ScribanEngine(), new HandlebarsEngine()];

    /// <summary>What Jinja2 renders for a page.</summary>
    public static string Expected(string page) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "expected", $"{page}.html"));
}
