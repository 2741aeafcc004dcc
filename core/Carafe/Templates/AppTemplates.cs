using Carafe.Pipeline;
using Carafe.Templating;
using Carafe.Views;

namespace Carafe.Templates;

/// <summary>
/// The app's template environment, as Flask's <c>app.jinja_env</c>: templates from the app's
/// folder, then each blueprint's, then extensions' loaders; autoescaping for <c>.html</c>,
/// <c>.htm</c>, <c>.xml</c>, <c>.xhtml</c> and <c>.svg</c>; reloading in debug or with
/// <c>TEMPLATES_AUTO_RELOAD</c>; and Flask's context in every template (<c>request</c>,
/// <c>session</c>, <c>g</c>, <c>config</c>, <c>url_for</c>, <c>get_flashed_messages</c>).
/// </summary>
internal sealed class AppTemplates
{
    private static readonly string[] AutoescapeExtensions = [".html", ".htm", ".xml", ".xhtml", ".svg"];

    private AppTemplates(Templating.Environment environment) => Environment = environment;

    public Templating.Environment Environment { get; }

    public static AppTemplates Create(CarafeApp app, TemplateRegistrations registrations)
    {
        var loaders = new List<ITemplateLoader>();
        if (app.TemplateFolder is { } folder)
        {
            loaders.Add(new FileSystemLoader(folder));
        }
        loaders.AddRange(app.Blueprints.Where(b => b.Blueprint.TemplateFolder is not null).Select(b => new FileSystemLoader(b.Blueprint.TemplateFolder!)));
        loaders.AddRange(registrations.Loaders);
        var environment = new Templating.Environment
        {
            Loader = new ChoiceLoader(loaders),
            AutoescapeSelector = name => name is null || AutoescapeExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)),
            AutoReload = app.Config.Get<bool?>("TEMPLATES_AUTO_RELOAD", null) ?? app.Debug,
            LineStatementPrefix = app.TemplateOptions.LineStatementPrefix,
            LineCommentPrefix = app.TemplateOptions.LineCommentPrefix,
            TrimBlocks = app.TemplateOptions.TrimBlocks,
            LstripBlocks = app.TemplateOptions.LstripBlocks,
            KeepTrailingNewline = app.TemplateOptions.KeepTrailingNewline,
            Undefined = app.TemplateOptions.Undefined,
        };
        environment.Globals["url_for"] = new TemplateFunction(UrlFor);
        environment.Globals["get_flashed_messages"] = new TemplateFunction(GetFlashedMessages);
        foreach (var (name, value) in registrations.Globals)
        {
            environment.Globals[name] = value;
        }
        foreach (var (name, filter) in registrations.Filters)
        {
            environment.Filters[name] = filter;
        }
        foreach (var (name, test) in registrations.Tests)
        {
            environment.Tests[name] = test;
        }
        return new AppTemplates(environment);
    }

    /// <summary>Renders <paramref name="template"/> with Flask's context, the context processors' values and <paramref name="values"/>, in that order of precedence (last wins).</summary>
    public static async ValueTask<string> RenderAsync(RequestContext? context, Template template, object? values)
    {
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (context is not null)
        {
            variables["config"] = context.App.Config.AsMapping;
            variables["request"] = context.Request;
            variables["session"] = context.Session;
            variables["g"] = context.G;
            foreach (var processor in context.Compiled.ContextProcessorsFor(context.Request))
            {
                foreach (var (name, value) in ValueBag.From(await processor.InvokeAsync(context)))
                {
                    variables[name] = value;
                }
            }
        }
        foreach (var (name, value) in ValueBag.From(values))
        {
            variables[name] = value;
        }
        return template.Render(variables);
    }

    private static object? UrlFor(IReadOnlyList<object?> arguments, IReadOnlyDictionary<string, object?> keywords)
    {
        if (arguments.Count != 1 || arguments[0] is not string endpoint)
        {
            throw new ArgumentException("url_for() takes the endpoint name as its one positional argument, then the values as keywords.");
        }
        var values = keywords.Where(k => !k.Key.StartsWith('_')).ToDictionary();
        return UrlBuilder.Build(
            Current.Context,
            endpoint,
            values,
            keywords.GetValueOrDefault("_anchor") as string,
            keywords.GetValueOrDefault("_method") as string,
            keywords.GetValueOrDefault("_external") is true,
            keywords.GetValueOrDefault("_scheme") as string);
    }

    private static object? GetFlashedMessages(IReadOnlyList<object?> arguments, IReadOnlyDictionary<string, object?> keywords)
    {
        var withCategories = (arguments.Count > 0 ? arguments[0] : keywords.GetValueOrDefault("with_categories")) is true;
        var filter = (arguments.Count > 1 ? arguments[1] : keywords.GetValueOrDefault("category_filter")) switch
        {
            string one => [one],
            IEnumerable<object?> many => many.Select(c => c?.ToString() ?? "").ToList(),
            _ => (IEnumerable<string>?)null,
        };
        var messages = Flashes.Get(Current.Context, filter);
        return withCategories
            ? messages.Select(m => (object?)m).ToList()
            : messages.Select(m => (object?)m.Message).ToList();
    }
}
