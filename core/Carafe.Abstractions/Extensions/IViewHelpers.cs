namespace Carafe.Extensions;

/// <summary>
/// Flask's view helpers for code that compiles against the contract only: an extension's view
/// takes an <see cref="IViewHelpers"/> parameter and the app passes its own. Each works on the
/// current request, as <c>Carafe.Helpers</c> does; to abort, throw <see cref="HttpException"/>.
/// </summary>
public interface IViewHelpers
{
    /// <summary>Renders a template with Flask's context and <paramref name="context"/>, as <c>render_template</c>.</summary>
    string RenderTemplate(string name, object? context = null);

    /// <summary>Renders template source text, autoescaped, as <c>render_template_string</c>.</summary>
    string RenderTemplateString(string source, object? context = null);

    /// <summary>The URL of <paramref name="endpoint"/> (<c>.view</c> for the extension's own), as <c>url_for</c>.</summary>
    string UrlFor(string endpoint, object? values = null, string? anchor = null, bool external = false);

    /// <summary>A redirect response, as <c>redirect</c>.</summary>
    Response Redirect(string location, int code = 302);

    /// <summary>A JSON response, as <c>jsonify</c>.</summary>
    Response Jsonify(object? value = null);

    /// <summary>Flashes a message to the next request, as <c>flash</c>.</summary>
    void Flash(string message, string category = "message");
}
