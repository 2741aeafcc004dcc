using Carafe;
using Carafe.Bench.Http;
using static Carafe.Helpers;

// Carafe doing what AspNetCoreRaw and flask/app.py do. Usage: CarafeApp --port PORT,
// with FORTUNES_DB naming the SQLite file; logging at Warning (Logging__LogLevel__Default).
var app = new CarafeApp(args);

var fortunes = new FortuneStore(
    Environment.GetEnvironmentVariable("FORTUNES_DB")
    ?? throw new InvalidOperationException("Set FORTUNES_DB to the path of the fortunes SQLite file."));

app.Get("/plaintext", () => new Response("Hello, World!", mimetype: "text/plain"), endpoint: "plaintext");
app.Get("/json", () => Jsonify(new { message = "Hello, World!" }), endpoint: "json");
app.Get("/fortunes", () => RenderTemplate("fortunes.html", new { fortunes = fortunes.LoadSorted() }), endpoint: "fortunes");

foreach (var route in GitHubRoute.Load(Path.Combine(AppContext.BaseDirectory, "routes.txt")))
{
    app.Get(ToRule(route.Template), (Request request) =>
        new Response(route.Describe(name => (string)request.ViewArgs[name]!), mimetype: "text/plain"),
        endpoint: "route" + route.Index);
}

app.Run();

// routes.txt is in ASP.NET Core's syntax ({owner}); Carafe takes Flask's (<owner>).
static string ToRule(string template) => template.Replace('{', '<').Replace('}', '>');
