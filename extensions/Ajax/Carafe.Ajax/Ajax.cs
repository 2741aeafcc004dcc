using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using Carafe.Extensions;
using Carafe.Security;
using Carafe.Templating;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Ajax;

/// <summary>
/// The Ajax bridge of one request, as Flask-Sijax's <c>g.sijax</c>: a view registers the callbacks
/// the page may call, and when the request is an Ajax call (<see cref="IsAjaxRequest"/>) answers
/// with <see cref="ProcessRequestAsync"/>. Views take it as a parameter; each request has its own,
/// so callbacks registered for one request are never seen by another.
/// </summary>
/// <example>
/// <code>
/// app.Route("/", (Ajax ajax) =>
/// {
///     ajax.RegisterCallback("say_hi", (AjaxResponse response, string name) => response.Alert($"Hi, {name}!"));
///     return ajax.IsAjaxRequest ? ajax.ProcessRequestAsync() : Task.FromResult&lt;object&gt;(RenderTemplate("index.html"));
/// }, methods: Ajax.Methods());
/// </code>
/// </example>
public sealed class Ajax
{
    /// <summary>The form field naming the callback, as Sijax's <c>PARAM_REQUEST</c>.</summary>
    public const string RequestField = "sijax_rq";

    /// <summary>The form field holding the JSON list of arguments, as Sijax's <c>PARAM_ARGS</c>.</summary>
    public const string ArgsField = "sijax_args";

    /// <summary>Sijax's message for a call to an unknown callback.</summary>
    public const string InvalidRequestMessage = "The action you performed is unavailable! (Sijax error)";

    /// <summary>Sijax's message for a callback called with the wrong arguments.</summary>
    public const string InvalidCallMessage = "You tried to perform an action in a wrong way! (Sijax error)";

    private const string JsonMimetype = "application/json";

    private readonly AjaxSettings _settings;
    private readonly IServiceProvider _services;
    private readonly Dictionary<string, AjaxCallback> _callbacks = new(StringComparer.Ordinal);
    private Request? _request;
    private Action<AjaxResponse> _beforeProcessing = _ => { };
    private Action<AjaxResponse> _afterProcessing = _ => { };
    private Action<AjaxResponse, string> _invalidRequest = (response, _) => response.Alert(InvalidRequestMessage);
    private Action<AjaxResponse, AjaxInvalidCall> _invalidCall = (response, _) => response.Alert(InvalidCallMessage);

    internal Ajax(AjaxSettings settings, IServiceProvider services)
    {
        _settings = settings;
        _services = services;
    }

    /// <summary>The request this bridge serves.</summary>
    /// <exception cref="InvalidOperationException">Used outside a request.</exception>
    public Request Request => _request ?? throw new InvalidOperationException(
        "This Ajax bridge is not bound to a request: take Ajax as a parameter of a view (the Ajax extension binds it before each request).");

    /// <summary>
    /// Where the page's client sends its calls: the current request's path and query, as
    /// Flask-Sijax's default; set it to send the page's calls elsewhere (<c>set_request_uri</c>).
    /// </summary>
    public string RequestUri { get; set; } = "/";

    /// <summary>Whether this request is an Ajax call (a POST with <c>sijax_rq</c> and <c>sijax_args</c>); it may still name an unknown callback.</summary>
    public bool IsAjaxRequest => Request.Method == "POST" && Request.Form.ContainsKey(RequestField) && Request.Form.ContainsKey(ArgsField);

    /// <summary>The name of the callback the browser asked for, or null when this is not an Ajax call.</summary>
    public string? RequestedFunction => IsAjaxRequest ? Request.Form[RequestField] : null;

    /// <summary>The methods of an Ajax-enabled route: <paramref name="methods"/> (GET by default) and POST, as <c>flask_sijax.route</c>.</summary>
    public static string[] Methods(params string[] methods) =>
        [.. (methods.Length == 0 ? ["GET"] : methods).Append("POST").Distinct(StringComparer.Ordinal)];

    /// <summary>Exposes <paramref name="callback"/> to the page as <paramref name="name"/>; it takes an <see cref="AjaxResponse"/>, then the browser's arguments.</summary>
    /// <exception cref="ArgumentException">The callback does not take an <see cref="AjaxResponse"/> first.</exception>
    public Ajax RegisterCallback(string name, Delegate callback) => Register(AjaxCallback.From(name, callback, CallbackKind.Regular));

    /// <summary>
    /// Exposes every public method of <paramref name="target"/> that takes an <see cref="AjaxResponse"/>
    /// first, named in snake_case (<c>SayHi</c> is <c>say_hi</c>); pass a <see cref="Type"/> for its static methods.
    /// </summary>
    public Ajax RegisterObject(object target) => RegisterAll(AjaxCallback.FromObject(target, CallbackKind.Regular));

    /// <summary>
    /// Exposes a comet callback, whose commands stream to the page as it goes: each
    /// <see cref="AjaxResponse.FlushAsync"/> sends a batch, and what is left is sent when it returns.
    /// </summary>
    public Ajax RegisterCometCallback(string name, Delegate callback) => Register(AjaxCallback.From(name, callback, CallbackKind.Comet));

    /// <summary>Exposes every public method of <paramref name="target"/> that takes an <see cref="AjaxResponse"/> first as a comet callback.</summary>
    public Ajax RegisterCometObject(object target) => RegisterAll(AjaxCallback.FromObject(target, CallbackKind.Comet));

    /// <summary>
    /// Makes the form with id <paramref name="formId"/> post its fields and files here without
    /// leaving the page, to <paramref name="callback"/>, which takes
    /// <c>(AjaxUploadResponse response, MultiDict&lt;FileStorage&gt; files, MultiDict&lt;string&gt; formValues)</c>
    /// and streams like a comet callback. The callback is named <c>{formId}_upload</c>, as in Sijax.
    /// </summary>
    /// <returns>The script that prepares the form; put it in the page after the client script.</returns>
    public Markup RegisterUploadCallback(string formId, Delegate callback)
    {
        var name = $"{formId}_upload";
        Register(AjaxCallback.From(name, callback, CallbackKind.Upload));
        // The default encoder escapes <, > and &, so the script is safe inside a <script> element.
        var parameters = JsonSerializer.Serialize(new Dictionary<string, string> { ["formId"] = formId, ["callback"] = name });
        return new Markup($"Carafe.Ajax.registerUploadForm({parameters});");
    }

    /// <summary>Runs <paramref name="handler"/> before each callback, with its response (Sijax's <c>before_processing</c> event).</summary>
    public Ajax OnBeforeProcessing(Action<AjaxResponse> handler)
    {
        _beforeProcessing = handler;
        return this;
    }

    /// <summary>Runs <paramref name="handler"/> after each callback, with its response (Sijax's <c>after_processing</c> event).</summary>
    public Ajax OnAfterProcessing(Action<AjaxResponse> handler)
    {
        _afterProcessing = handler;
        return this;
    }

    /// <summary>Answers a call to an unknown callback, given its name; by default Sijax's alert (<c>invalid_request</c>).</summary>
    public Ajax OnInvalidRequest(Action<AjaxResponse, string> handler)
    {
        _invalidRequest = handler;
        return this;
    }

    /// <summary>Answers a call with the wrong number or types of arguments; by default Sijax's alert (<c>invalid_call</c>).</summary>
    public Ajax OnInvalidCall(Action<AjaxResponse, AjaxInvalidCall> handler)
    {
        _invalidCall = handler;
        return this;
    }

    /// <summary>
    /// Runs the callback the browser asked for and answers with its commands: a JSON list, or for
    /// comet and upload callbacks a stream of batches. A request without a valid CSRF token, or
    /// whose <c>sijax_args</c> is not a JSON list within the limits, is refused with 400 and an
    /// alert command saying why; an unknown callback or wrong arguments get the events' commands.
    /// </summary>
    /// <exception cref="InvalidOperationException">This is not an Ajax request; check <see cref="IsAjaxRequest"/> first.</exception>
    public async Task<Response> ProcessRequestAsync()
    {
        if (!IsAjaxRequest)
        {
            throw new InvalidOperationException(
                "ProcessRequestAsync was called for a request that is not an Ajax call: check ajax.IsAjaxRequest first and render the page otherwise.");
        }
        if (CsrfRefusal() is { } csrfReason)
        {
            return Refused(csrfReason);
        }
        if (!AjaxArguments.TryParse(Request.Form[ArgsField], _settings.ArgsMaxLength, _settings.ArgsMaxDepth, out var arguments, out var argumentsError))
        {
            return Refused(argumentsError);
        }
        var name = Request.Form[RequestField];
        if (!_callbacks.TryGetValue(name, out var callback))
        {
            var unknown = new AjaxResponse(null);
            await RunChainAsync(unknown, r =>
            {
                _invalidRequest(r, name);
                return Task.CompletedTask;
            });
            return Answer(unknown);
        }
        if (callback.Kind == CallbackKind.Regular)
        {
            var response = new AjaxResponse(null);
            await RunChainAsync(response, r => CallAsync(callback, r, [], arguments));
            return Answer(response);
        }
        return Stream(callback, arguments, StreamFormat.For(Request));
    }

    /// <summary>
    /// The script element that loads the client and configures it for this page: the request URI
    /// and the CSRF token, as data attributes. Templates call it as <c>{{ ajax_js() }}</c>.
    /// </summary>
    public Markup Script()
    {
        var views = _services.GetRequiredService<IViewHelpers>();
        var source = views.UrlFor($"{AjaxExtension.ExtensionName}.static", new { filename = AjaxExtension.ClientScript });
        var token = _settings.CsrfEnabled ? $" data-csrf-token=\"{Markup.EscapeText(CsrfTokens().Generate())}\"" : "";
        return new Markup($"<script src=\"{Markup.EscapeText(source)}\" data-request-uri=\"{Markup.EscapeText(RequestUri)}\"{token}></script>");
    }

    internal void Bind(Request request)
    {
        _request = request;
        RequestUri = request.Url[(request.HostUrl.Length - 1)..];
    }

    private Ajax Register(AjaxCallback callback)
    {
        _callbacks[callback.Name] = callback;
        return this;
    }

    private Ajax RegisterAll(IEnumerable<AjaxCallback> callbacks)
    {
        foreach (var callback in callbacks)
        {
            Register(callback);
        }
        return this;
    }

    private ICsrfTokens CsrfTokens() => _services.GetService<ICsrfTokens>() ?? throw new InvalidOperationException(
        "The Ajax extension checks CSRF tokens with the app's ICsrfTokens service, and there is none. " +
        "Register one in app.Services, or set AJAX_CSRF_ENABLED to false.");

    // The token comes in the X-CSRFToken (or X-CSRF-Token) header, as Flask-WTF reads it, or in the csrf_token field of a posted form.
    private string? CsrfRefusal()
    {
        if (!_settings.CsrfEnabled)
        {
            return null;
        }
        var token = Request.Form.Get(_settings.CsrfFieldName) ?? Request.Headers["X-CSRFToken"] ?? Request.Headers["X-CSRF-Token"];
        try
        {
            CsrfTokens().Validate(token);
            return null;
        }
        catch (CsrfException e)
        {
            return e.Reason;
        }
    }

    private async Task CallAsync(AjaxCallback callback, AjaxResponse response, IReadOnlyList<object?> serverValues, IReadOnlyList<JsonElement> arguments)
    {
        if (callback.TryBind(serverValues, arguments, out var values, out var error))
        {
            await callback.InvokeAsync(response, values);
        }
        else
        {
            _invalidCall(response, new AjaxInvalidCall(callback.Name, error));
        }
    }

    // Sijax's call chain: the before event, the callback, the after event; a streaming response sends each one's commands as it ends.
    private async Task RunChainAsync(AjaxResponse response, Func<AjaxResponse, Task> callback)
    {
        _beforeProcessing(response);
        await FlushIfStreaming(response);
        await callback(response);
        await FlushIfStreaming(response);
        _afterProcessing(response);
        await FlushIfStreaming(response);
    }

    private static Task FlushIfStreaming(AjaxResponse response) => response.IsStreaming ? response.FlushAsync() : Task.CompletedTask;

    private Response Stream(AjaxCallback callback, JsonElement[] arguments, StreamFormat format)
    {
        var batches = Channel.CreateBounded<IReadOnlyList<AjaxCommand>>(1);
        var stop = new CancellationTokenSource();
        Task Flush(IReadOnlyList<AjaxCommand> batch) => batches.Writer.WriteAsync(batch, stop.Token).AsTask();

        Func<Task> run;
        if (callback.Kind == CallbackKind.Upload)
        {
            // Sijax's upload: the browser sends the form's id; the callback gets the files and the other fields.
            var formId = arguments is [{ ValueKind: JsonValueKind.String } id] ? id.GetString()! : null;
            var response = new AjaxUploadResponse(formId ?? "", Flush);
            run = () => RunChainAsync(response, r => formId is null
                ? InvalidCall(r, callback.Name, "an upload call sends one argument, the id of its form.")
                : CallAsync(callback, r, [Request.Files, FormValues()], []));
        }
        else
        {
            var response = new AjaxResponse(Flush);
            run = () => RunChainAsync(response, r => CallAsync(callback, r, [], arguments));
        }
        return new Response("", 200, format.Mimetype).StreamText(Chunks(run, batches, stop, format));
    }

    private Task InvalidCall(AjaxResponse response, string name, string reason)
    {
        _invalidCall(response, new AjaxInvalidCall(name, reason));
        return Task.CompletedTask;
    }

    private static async IAsyncEnumerable<string> Chunks(
        Func<Task> run, Channel<IReadOnlyList<AjaxCommand>> batches, CancellationTokenSource stop, StreamFormat format,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var stopWhenCancelled = cancellationToken.Register(stop.Cancel);
        _ = ProduceAsync();
        try
        {
            var first = true;
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                yield return format.Chunk(batch, first);
                first = false;
            }
        }
        finally
        {
            // The reader is gone (done, failed or disconnected): a callback still flushing must not wait forever.
            await stop.CancelAsync();
        }

        async Task ProduceAsync()
        {
            try
            {
                await run();
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.Complete(e);
            }
        }
    }

    private MultiDict<string> FormValues()
    {
        var values = new MultiDict<string>();
        foreach (var (key, value) in Request.Form)
        {
            if (key is not (RequestField or ArgsField) && key != _settings.CsrfFieldName)
            {
                values.Add(key, value);
            }
        }
        return values;
    }

    private static Response Answer(AjaxResponse response) => new(CommandJson.Serialize(response.Commands), 200, JsonMimetype);

    private static Response Refused(string reason) => new(CommandJson.Serialize([AjaxCommand.Of("alert", ("alert", reason))]), 400, JsonMimetype);
}
