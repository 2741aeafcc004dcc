using Carafe.Extensions;
using GreetingExtension;

[assembly: CarafeExtension(typeof(Greeting), "GreetingExtension", "0.1.0", Supports = "[0.1, 1.0)")]

namespace GreetingExtension;

/// <summary>
/// The <c>greet</c> template filter (<c>{{ "Ann"|greet }}</c> is <c>Hello, Ann!</c>; the
/// <c>GREETING_WORD</c> config key changes the word) and a page at <c>/greetingextension/&lt;name&gt;</c>
/// rendered from an embedded template with an embedded stylesheet.
/// </summary>
public sealed class Greeting : CarafeExtension
{
    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app)
    {
        var word = app.Config.Get("GREETING_WORD", "Hello");
        app.AddTemplateFilter("greet", (object? name) => $"{word}, {name}!");
        app.AddEmbeddedTemplates(typeof(Greeting).Assembly, "GreetingExtension.templates");
        app.AddEmbeddedStaticFiles(typeof(Greeting).Assembly, "GreetingExtension.static");
        app.Route("/<name>", (string name, IViewHelpers views) => views.RenderTemplate("greeting/page.html", new { name }), endpoint: "page");
    }
}
