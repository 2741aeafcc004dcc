namespace Carafe.Extensions;

/// <summary>The app's <see cref="IViewHelpers"/>: <see cref="Helpers"/>, for extensions' views.</summary>
internal sealed class ViewHelpers : IViewHelpers
{
    public static ViewHelpers Instance { get; } = new();

    public string RenderTemplate(string name, object? context = null) => Helpers.RenderTemplate(name, context);

    public string RenderTemplateString(string source, object? context = null) => Helpers.RenderTemplateString(source, context);

    public string UrlFor(string endpoint, object? values = null, string? anchor = null, bool external = false) =>
        Helpers.UrlFor(endpoint, values, anchor, external: external);

    public Response Redirect(string location, int code = 302) => Helpers.Redirect(location, code);

    public Response Jsonify(object? value = null) => Helpers.Jsonify(value);

    public void Flash(string message, string category = "message") => Helpers.Flash(message, category);
}
