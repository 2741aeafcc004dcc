namespace Carafe.Ajax;

/// <summary>
/// What a callback answers the browser with, as Sijax's <c>obj_response</c>: each method queues
/// a command that the client carries out in order when the response arrives. Selectors are CSS
/// selectors (<c>document.querySelectorAll</c>). A comet or upload callback may send what is
/// queued so far with <see cref="FlushAsync"/>; a regular one sends everything when it returns.
/// </summary>
public class AjaxResponse
{
    private readonly List<AjaxCommand> _commands = [];
    private readonly Func<IReadOnlyList<AjaxCommand>, Task>? _flush;

    internal AjaxResponse(Func<IReadOnlyList<AjaxCommand>, Task>? flush)
    {
        _flush = flush;
    }

    /// <summary>Whether this response streams: <see cref="FlushAsync"/> sends batches as the callback goes.</summary>
    public bool IsStreaming => _flush is not null;

    internal IReadOnlyList<AjaxCommand> Commands => _commands;

    /// <summary>Shows <paramref name="message"/> with <c>window.alert</c>.</summary>
    public AjaxResponse Alert(string message) => Add(AjaxCommand.Of("alert", ("alert", message)));

    /// <summary>Replaces the content of every element matching <paramref name="selector"/> with <paramref name="html"/>; its scripts run.</summary>
    public AjaxResponse Html(string selector, string html) => SetHtml(selector, html, "replace");

    /// <summary>Appends <paramref name="html"/> to every element matching <paramref name="selector"/>; its scripts run.</summary>
    public AjaxResponse HtmlAppend(string selector, string html) => SetHtml(selector, html, "append");

    /// <summary>Prepends <paramref name="html"/> to every element matching <paramref name="selector"/>; its scripts run.</summary>
    public AjaxResponse HtmlPrepend(string selector, string html) => SetHtml(selector, html, "prepend");

    /// <summary>Sets the style property <paramref name="property"/> (<c>backgroundColor</c> or <c>background-color</c>) of every matching element.</summary>
    public AjaxResponse Css(string selector, string property, string value) =>
        Add(AjaxCommand.Of("css", ("selector", selector), ("key", property), ("value", value)));

    /// <summary>
    /// Sets <paramref name="name"/> on every matching element: the DOM property when the element
    /// has one (<c>value</c>, <c>checked</c>, <c>disabled</c>), else the attribute; <c>false</c> or null removes the attribute.
    /// </summary>
    public AjaxResponse Attr(string selector, string name, object? value) => SetAttr(selector, name, value, "replace");

    /// <summary>Appends <paramref name="value"/> to the current value of <paramref name="name"/> on every matching element.</summary>
    public AjaxResponse AttrAppend(string selector, string name, object? value) => SetAttr(selector, name, value, "append");

    /// <summary>Prepends <paramref name="value"/> to the current value of <paramref name="name"/> on every matching element.</summary>
    public AjaxResponse AttrPrepend(string selector, string name, object? value) => SetAttr(selector, name, value, "prepend");

    /// <summary>Removes every element matching <paramref name="selector"/> from the page.</summary>
    public AjaxResponse Remove(string selector) => Add(AjaxCommand.Of("remove", ("remove", selector)));

    /// <summary>Runs the JavaScript <paramref name="javaScript"/> in a function of its own.</summary>
    public AjaxResponse Script(string javaScript) => Add(AjaxCommand.Of("script", ("script", javaScript)));

    /// <summary>Sends the browser to <paramref name="uri"/> (Sijax's <c>window.location = "uri";</c> script).</summary>
    public AjaxResponse Redirect(string uri) => Script($"window.location = {CommandJson.Value(uri)};");

    /// <summary>
    /// Calls the JavaScript function named <paramref name="function"/> (a global or a dotted path
    /// such as <c>app.progress.set</c>) with <paramref name="arguments"/> as JSON values.
    /// </summary>
    public AjaxResponse Call(string function, params object?[] arguments) =>
        Add(AjaxCommand.Of("call", ("call", function), ("params", arguments)));

    /// <summary>Drops every command queued and not yet sent.</summary>
    public AjaxResponse ClearCommands()
    {
        _commands.Clear();
        return this;
    }

    /// <summary>
    /// Sends the commands queued so far to the browser now, while the callback goes on (Sijax's
    /// <c>yield obj_response</c>); nothing is sent when none are queued.
    /// </summary>
    /// <exception cref="InvalidOperationException">This is a regular callback's response, which cannot stream.</exception>
    public async Task FlushAsync()
    {
        if (_flush is null)
        {
            throw new InvalidOperationException(
                "Flushing is only for comet and upload callbacks: a regular callback's commands are all sent when it returns. " +
                "Register the callback with RegisterCometCallback to stream its commands as it goes.");
        }
        if (_commands.Count == 0)
        {
            return;
        }
        var batch = _commands.ToArray();
        _commands.Clear();
        await _flush(batch);
    }

    private AjaxResponse SetHtml(string selector, string html, string setType) =>
        Add(AjaxCommand.Of("html", ("selector", selector), ("html", html), ("setType", setType)));

    private AjaxResponse SetAttr(string selector, string name, object? value, string setType) =>
        Add(AjaxCommand.Of("attr", ("selector", selector), ("key", name), ("value", value), ("setType", setType)));

    private AjaxResponse Add(AjaxCommand command)
    {
        _commands.Add(command);
        return this;
    }
}
