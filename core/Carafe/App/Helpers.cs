using Carafe.Http;
using Carafe.Pipeline;
using Carafe.Templates;
using Carafe.Templating;
using Carafe.Uploads;
using Carafe.Views;

namespace Carafe;

/// <summary>
/// Flask's helper functions, for any view: <c>using static Carafe.Helpers;</c> and write
/// <c>UrlFor("index")</c>, <c>Redirect(...)</c>, <c>Abort(404)</c>, <c>Flash(...)</c> as in Flask.
/// </summary>
public static class Helpers
{
    /// <summary>
    /// Builds the URL of <paramref name="endpoint"/>, as Flask's <c>url_for</c>. Values the rule
    /// does not take become the query string; <c>.view</c> names a view of the current blueprint.
    /// </summary>
    /// <param name="endpoint">The endpoint, such as <c>index</c>, <c>admin.users</c>, <c>.users</c> or <c>static</c>.</param>
    /// <param name="values">The rule's values and query values: an anonymous object or a dictionary.</param>
    /// <param name="anchor">A fragment to add after <c>#</c>.</param>
    /// <param name="method">The method the rule must accept, to choose between rules of one endpoint.</param>
    /// <param name="external">Whether to build an absolute URL with the request's scheme and host.</param>
    /// <param name="scheme">The scheme of an external URL (implies <paramref name="external"/>).</param>
    /// <exception cref="Routing.BuildException">The endpoint is unknown or values are missing.</exception>
    public static string UrlFor(string endpoint, object? values = null, string? anchor = null, string? method = null, bool external = false, string? scheme = null) =>
        UrlBuilder.Build(Current.Context, endpoint, ValueBag.From(values), anchor, method, external, scheme);

    /// <summary>
    /// A redirect response, as Flask's <c>redirect</c>: the Location is sent as given (not made
    /// absolute), IRI-encoded so that no header can be injected, with Werkzeug's HTML body.
    /// </summary>
    /// <param name="location">The target URL.</param>
    /// <param name="code">301, 302 (default), 303, 307 or 308.</param>
    public static Response Redirect(string location, int code = 302)
    {
        if (code is < 300 or > 399)
        {
            throw new ArgumentOutOfRangeException(nameof(code), code, "A redirect takes a 3xx status code.");
        }
        var response = new Response(Redirects.Body(location), code);
        response.Headers["Location"] = Redirects.Location(location);
        return response;
    }

    /// <summary>Stops the request with an HTTP error, as Flask's <c>abort</c>: the app's handler for the code answers, or Flask's default page.</summary>
    /// <param name="statusCode">The error status, 400-599.</param>
    /// <param name="description">Replaces the default description on the error page.</param>
    public static Exception Abort(int statusCode, string? description = null) =>
        throw (statusCode == 500 && description is null ? new InternalServerErrorException() : new HttpException(statusCode, description));

    /// <summary>Stops the request and answers with <paramref name="response"/> as it is.</summary>
    public static Exception Abort(Response response) => throw new HttpException(response);

    /// <summary>Makes a response from anything a view may return, to set headers or cookies on it, as Flask's <c>make_response</c>.</summary>
    public static Response MakeResponse(object? body, int? status = null, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        var response = ResponseFactory.Make(body, Current.HasRequest ? Current.Request.Endpoint : null);
        if (status is { } code)
        {
            response.StatusCode = code;
        }
        foreach (var (name, value) in headers ?? [])
        {
            response.Headers[name] = value;
        }
        return response;
    }

    /// <summary>
    /// Renders the template <paramref name="name"/> from the app's (or a blueprint's) templates
    /// folder with <paramref name="context"/> (an anonymous object or dictionary), as Flask's
    /// <c>render_template</c>; <c>request</c>, <c>session</c>, <c>g</c>, <c>config</c>,
    /// <c>url_for</c> and <c>get_flashed_messages</c> are there too.
    /// </summary>
    public static string RenderTemplate(string name, object? context = null) => RenderTemplateAsync(name, context).AsTask().GetAwaiter().GetResult();

    /// <summary>Renders a template; see <see cref="RenderTemplate"/>. Use it when context processors are asynchronous.</summary>
    public static ValueTask<string> RenderTemplateAsync(string name, object? context = null)
    {
        var request = Current.Context;
        return AppTemplates.RenderAsync(request, request.Compiled.Templates.Environment.GetTemplate(name), context);
    }

    /// <summary>Renders template source text with the app's environment, autoescaped, as Flask's <c>render_template_string</c>.</summary>
    public static string RenderTemplateString(string source, object? context = null)
    {
        var request = Current.Context;
        return AppTemplates.RenderAsync(request, request.Compiled.Templates.Environment.FromString(source), context).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>A JSON response of <paramref name="value"/>, as Flask's <c>jsonify</c>: compact, keys sorted, ASCII only, ending with a newline.</summary>
    public static Response Jsonify(object? value = null) => ResponseFactory.Jsonify(value);

    /// <summary>Stores a message for the next request that shows them, as Flask's <c>flash</c>.</summary>
    /// <param name="message">The message.</param>
    /// <param name="category"><c>message</c> by default; often <c>error</c>, <c>info</c>, <c>warning</c>.</param>
    public static void Flash(string message, string category = "message") => Flashes.Add(Current.Context, message, category);

    /// <summary>
    /// The flashed messages, removed from the session, as Flask's <c>get_flashed_messages</c>:
    /// every call in the same request sees the same messages.
    /// </summary>
    /// <param name="categoryFilter">Only the messages of these categories (all are consumed anyway).</param>
    public static IReadOnlyList<string> GetFlashedMessages(IEnumerable<string>? categoryFilter = null) =>
        Flashes.Get(Current.Context, categoryFilter).Select(f => f.Message).ToList();

    /// <summary>The flashed messages with their categories; see <see cref="GetFlashedMessages"/>.</summary>
    public static IReadOnlyList<(string Category, string Message)> GetFlashedMessagesWithCategories(IEnumerable<string>? categoryFilter = null) =>
        Flashes.Get(Current.Context, categoryFilter);

    /// <summary>
    /// Sends <paramref name="filename"/> from inside <paramref name="directory"/>, as Flask's
    /// <c>send_from_directory</c>; a name that escapes the directory, or a missing file, is a 404.
    /// </summary>
    public static Response SendFromDirectory(string directory, string filename) =>
        StaticFileSender.SendFromDirectory(directory, filename, Current.Request, Current.App.Config);

    /// <summary>Sends a file, as Flask's <c>send_file</c>, with conditional requests and ranges.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="mimetype">Its mimetype; guessed from the name by default.</param>
    /// <param name="asAttachment">Whether the browser should save it rather than show it.</param>
    /// <param name="downloadName">The name the browser saves it under.</param>
    public static Response SendFile(string path, string? mimetype = null, bool asAttachment = false, string? downloadName = null) =>
        StaticFileSender.SendFile(path, Current.Request, Current.App.Config, mimetype, asAttachment, downloadName);

    /// <summary>A file name safe to use in a path, as Werkzeug's <c>secure_filename</c>: <c>../../../etc/passwd</c> gives <c>etc_passwd</c>.</summary>
    public static string SecureFilename(string filename) => Carafe.Uploads.SecureFilename.Apply(filename);

    /// <summary>HTML-escapes <paramref name="value"/> into <see cref="Markup"/>, as markupsafe's <c>escape</c>.</summary>
    public static Markup Escape(object? value) => Markup.Escape(value);

    /// <summary>
    /// A salted hash of <paramref name="password"/> to store instead of it, as Werkzeug's
    /// <c>generate_password_hash</c>: <c>pbkdf2:sha256:600000$salt$hexdigest</c>.
    /// </summary>
    /// <param name="password">The password.</param>
    /// <param name="method"><c>pbkdf2:</c> and <c>sha256</c>, <c>sha512</c> or <c>sha1</c>, optionally <c>:iterations</c> (600,000 by default).</param>
    /// <param name="saltLength">How many random letters and digits the salt has.</param>
    /// <exception cref="ArgumentException">The method is not one of those.</exception>
    public static string GeneratePasswordHash(string password, string method = "pbkdf2:sha256", int saltLength = 16) =>
        Security.PasswordHashing.Generate(password, method, saltLength);

    /// <summary>
    /// Whether <paramref name="password"/> matches <paramref name="passwordHash"/>, as Werkzeug's
    /// <c>check_password_hash</c>; hashes made by Flask apps (PBKDF2) are accepted. False, never an
    /// exception, for a malformed hash.
    /// </summary>
    public static bool CheckPasswordHash(string passwordHash, string password) =>
        Security.PasswordHashing.Check(passwordHash, password);
}
