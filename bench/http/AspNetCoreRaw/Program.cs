using Carafe.Bench.Http;

// Raw ASP.NET Core minimal APIs doing by hand what CarafeApp and flask/app.py do.
// Usage: AspNetCoreRaw --urls http://127.0.0.1:PORT, with FORTUNES_DB naming the SQLite file.
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();

var fortunes = new FortuneStore(
    Environment.GetEnvironmentVariable("FORTUNES_DB")
    ?? throw new InvalidOperationException("Set FORTUNES_DB to the path of the fortunes SQLite file."));

app.MapGet("/plaintext", () => "Hello, World!");
app.MapGet("/json", () => new JsonMessage("Hello, World!"));
app.MapGet("/fortunes", () => Results.Content(FortunesHtml.Render(fortunes.LoadSorted()), "text/html; charset=utf-8"));

foreach (var route in GitHubRoute.Load(Path.Combine(AppContext.BaseDirectory, "routes.txt")))
{
    app.MapGet(route.Template, (HttpRequest request) =>
        route.Describe(name => (string)request.RouteValues[name]!));
}

app.Run();

/// <summary>The JSON test's body.</summary>
/// <param name="Message">The greeting.</param>
internal sealed record JsonMessage(string Message);
