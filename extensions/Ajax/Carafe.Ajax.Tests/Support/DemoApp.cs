using System.Text.Json;
using Carafe.Security;
using Carafe.Templating;

namespace Carafe.Ajax.Tests.Support;

/// <summary>A page that exercises every command, the form values, a comet progress bar and an upload, for the browser tests.</summary>
internal sealed class DemoApp
{
    private const string Body = """
        <p class="flash">Welcome</p>
        <h1 id="greeting">Hello</h1>
        <input id="name"><button id="greet" onclick="Carafe.Ajax.request('greet', [document.getElementById('name').value])">Greet</button>
        <div id="target">original</div>
        <ul id="list"><li>middle</li></ul>
        <input id="field" value="on"><a id="link" href="/items">items</a><span id="title" title="Old">title</span><div id="box"></div>
        <p id="scripted"></p><p id="progress-label"></p><p id="kept"></p>
        <div id="bar" style="width: 0%; height: 1em; background: green"></div><p id="percent"></p>
        <button id="start" onclick="Carafe.Ajax.request('progress')">Start</button>
        <form id="values">
          <input name="text" value="plain"><textarea name="notes">two
        lines</textarea>
          <select name="size"><option>S</option><option selected>M</option></select>
          <select name="colours" multiple><option selected>red</option><option>green</option><option selected>blue</option></select>
          <input type="checkbox" name="agree" value="yes" checked><input type="checkbox" name="spam" value="yes">
          <input type="radio" name="plan" value="free"><input type="radio" name="plan" value="pro" checked>
          <input name="ignored" value="x" disabled><input value="no name">
          <input name="tags[]" value="a"><input name="tags[]" value="b"><input name="address[city]" value="Lyon">
          <input type="hidden" name="secret" value="h">
        </form>
        <button id="send-values" onclick="Carafe.Ajax.request('echo', [Carafe.Ajax.getFormValues('#values')])">Send values</button>
        <pre id="echo"></pre>
        <form id="photo_form"><input name="title"><input type="file" name="photo"><button type="submit" id="upload">Upload</button></form>
        <p id="result"></p><p id="where"></p>
        <script>window.app = { setProgress: function (percent, label) { document.getElementById('progress-label').textContent = percent + ' ' + label; } };</script>
        <script>{{ upload_js }}</script>
        """;

    // A page written for Sijax's own clients: a form posted into a hidden iframe, as sjxComet does, with the token in a field.
    private const string SijaxPage = """
        <!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
        <script>window.Sijax = { processCommands: function (commands) { commands.forEach(function (c) {
          var item = document.createElement('li'); item.textContent = c.type + ' ' + c.html; document.getElementById('log').appendChild(item); }); } };</script>
        <ul id="log"></ul>
        <iframe name="sijax_frame" style="display: none"></iframe>
        <form method="post" action="/" target="sijax_frame">
          <input type="hidden" name="sijax_rq" value="steps"><input type="hidden" name="sijax_args" value="[]">
          <input type="hidden" name="csrf_token" value="{{ token }}"><button id="go">Go</button>
        </form>
        </body></html>
        """;

    /// <summary>Released by a test to let the comet callback send its next batch.</summary>
    public SemaphoreSlim ProgressSteps { get; } = new(0);

    public CarafeApp Create()
    {
        var app = new CarafeApp();
        app.Extensions.Options.Enabled = ["Ajax"];
        app.Extensions.Options.Strict = true;
        app.Config["SECRET_KEY"] = "ajax browser tests";
        app.AddTemplateLoader(new DictLoader(new Dictionary<string, string>
        {
            ["base.html"] = AjaxApps.Page,
            ["demo.html"] = "{% extends 'base.html' %}{% block body %}" + Body + "{% endblock %}",
            ["sijax.html"] = SijaxPage,
        }));
        app.Route("/", async (Ajax ajax) =>
        {
            var uploadJs = Register(ajax);
            return ajax.IsAjaxRequest ? await ajax.ProcessRequestAsync() : Helpers.MakeResponse(Helpers.RenderTemplate("demo.html", new { upload_js = uploadJs }));
        }, methods: Ajax.Methods(), endpoint: "demo");
        app.Post("/elsewhere", async (Ajax ajax) =>
        {
            ajax.RegisterCallback("where", (AjaxResponse r) => r.Html("#where", "answered by /elsewhere"));
            return await ajax.ProcessRequestAsync();
        }, endpoint: "elsewhere");
        app.Get("/sijax-page", (ICsrfTokens tokens) => Helpers.RenderTemplate("sijax.html", new { token = tokens.Generate() }), endpoint: "sijax_page");
        app.Get("/next", () => "<!doctype html><link rel=\"icon\" href=\"data:,\"><h1>Next page</h1>", endpoint: "next");
        return app;
    }

    private Markup Register(Ajax ajax)
    {
        ajax.RegisterCallback("greet", (AjaxResponse r, string name) => r
            .Alert($"Hi, {name}!")
            .Html("#greeting", $"Hello, {Markup.Escape(name)}")
            .Css("#greeting", "backgroundColor", "red"));
        ajax.RegisterCallback("html_commands", (AjaxResponse r) => r
            .Html("#target", "<b>replaced</b><script>document.body.dataset.ran = 'yes';</script>")
            .HtmlAppend("#list", "<li>last</li>")
            .HtmlPrepend("#list", "<li>first</li>"));
        ajax.RegisterCallback("attr_commands", (AjaxResponse r) => r
            .Attr("#field", "disabled", true)
            .Attr("#box", "data-state", "open")
            .AttrAppend("#link", "href", "?page=2")
            .AttrPrepend("#title", "title", "New: "));
        ajax.RegisterCallback("other_commands", (AjaxResponse r) => r
            .Remove(".flash")
            .Script("document.getElementById('scripted').textContent = 'from a script';")
            .Call("app.setProgress", 40, "half"));
        ajax.RegisterCallback("cleared", (AjaxResponse r) => r.Alert("dropped").ClearCommands().Html("#kept", "kept"));
        ajax.RegisterCallback("go", (AjaxResponse r) => r.Redirect("/next"));
        ajax.RegisterCallback("echo", (AjaxResponse r, JsonElement values) => r.Html("#echo", Markup.Escape(values.GetRawText()).Html));
        ajax.RegisterCometCallback("progress", async (AjaxResponse r) =>
        {
            foreach (var percent in new[] { 25, 50, 100 })
            {
                r.Css("#bar", "width", $"{percent}%").Html("#percent", $"{percent}%");
                await r.FlushAsync();
                if (percent < 100)
                {
                    await ProgressSteps.WaitAsync();
                }
            }
            r.Html("#percent", "done");
        });
        ajax.RegisterCometCallback("steps", async (AjaxResponse r) =>
        {
            await r.Html("#a", "one</script>").FlushAsync();
            r.Html("#b", "two");
        });
        return ajax.RegisterUploadCallback("photo_form", (AjaxUploadResponse r, MultiDict<FileStorage> files, MultiDict<string> form) =>
        {
            var photo = files["photo"];
            r.Html("#result", Markup.Escape($"Got {photo.Filename} ({photo.Length} bytes, {photo.ContentType}) for {form["title"]} from {r.FormId}").Html);
            r.ResetForm();
        });
    }
}
