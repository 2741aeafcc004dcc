using Carafe.Templating;

namespace Carafe.Ajax.Tests.Support;

/// <summary>Apps with the Ajax extension referenced: one Ajax-enabled page whose callbacks each test registers.</summary>
internal static class AjaxApps
{
    public const string Page = """
        <!doctype html>
        <html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Ajax</title>{{ ajax_js() }}</head>
        <body>{% block body %}{% endblock %}</body></html>
        """;

    /// <summary>An app whose page <c>/</c> registers callbacks with <paramref name="register"/> on every request and renders <paramref name="body"/>.</summary>
    public static CarafeApp Create(Action<Ajax> register, string body = "", IDictionary<string, string>? templates = null)
    {
        var app = new CarafeApp();
        app.Extensions.Options.Enabled = ["Ajax"];
        app.Extensions.Options.Strict = true;
        app.Config["SECRET_KEY"] = "ajax tests";
        app.Config["TESTING"] = true;
        var all = new Dictionary<string, string>(templates ?? new Dictionary<string, string>())
        {
            ["base.html"] = Page,
            ["index.html"] = "{% extends 'base.html' %}{% block body %}" + body + "{% endblock %}",
        };
        app.AddTemplateLoader(new DictLoader(all));
        app.Route("/", async (Ajax ajax) =>
        {
            register(ajax);
            return ajax.IsAjaxRequest ? await ajax.ProcessRequestAsync() : Helpers.MakeResponse(Helpers.RenderTemplate("index.html"));
        }, methods: Ajax.Methods(), endpoint: "index");
        return app;
    }
}
