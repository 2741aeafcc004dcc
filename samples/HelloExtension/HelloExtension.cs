using Carafe.Extensions;
using HelloExtension;

[assembly: CarafeExtension(typeof(Hello), "HelloExtension", "1.0.0", Supports = "[0.1, 1.0)")]

namespace HelloExtension;

/// <summary>
/// Greets: the <c>hello</c> filter (<c>{{ "World"|hello }}</c> is <c>Hello, World!</c>; the
/// <c>HELLO_GREETING</c> config key changes the word), and pages at <c>/helloextension/</c> and
/// <c>/helloextension/&lt;name&gt;</c> rendered from an embedded template with an embedded stylesheet.
/// </summary>
public sealed class Hello : CarafeExtension
{
    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app)
    {
        var greeting = app.Config.Get("HELLO_GREETING", "Hello");
        app.AddTemplateFilter("hello", (object? name) => $"{greeting}, {name}!");
        app.AddEmbeddedTemplates(typeof(Hello).Assembly, "HelloExtension.templates");
        app.AddEmbeddedStaticFiles(typeof(Hello).Assembly, "HelloExtension.static");
        app.Route("/", (IViewHelpers views) => views.RenderTemplate("hello/index.html", new { name = "World" }), endpoint: "index");
        app.Route("/<name>", (string name, IViewHelpers views) => views.RenderTemplate("hello/index.html", new { name }), endpoint: "greet");
    }
}
