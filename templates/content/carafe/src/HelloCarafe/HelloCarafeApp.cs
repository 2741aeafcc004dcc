using Carafe;
using static Carafe.Helpers;

namespace HelloCarafe;

/// <summary>The app: its routes, made in one place so that the tests build the same app.</summary>
public static class HelloCarafeApp
{
    /// <summary>Creates the app; <paramref name="rootPath"/> (templates, static files) defaults to the program's folder.</summary>
    public static CarafeApp Create(string[] args, string? rootPath = null)
    {
        var app = new CarafeApp(args, rootPath);

        app.Get("/", () => RenderTemplate("index.html", new { name = "World" }), endpoint: "index");
        app.Get("/hello/<name>", (string name) => RenderTemplate("index.html", new { name }), endpoint: "hello");
        app.Get("/api/hello/<name>", (string name) => Jsonify(new { greeting = $"Hello, {name}!" }), endpoint: "api_hello");

        return app;
    }
}
