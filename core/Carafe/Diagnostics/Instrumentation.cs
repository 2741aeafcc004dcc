using System.Diagnostics;
using System.Diagnostics.Metrics;
using Carafe.Pipeline;
using Carafe.Routing;
using Carafe.Templating;
using Carafe.Views;

namespace Carafe.Diagnostics;

/// <summary>
/// Carafe's activities and instruments, wrapped around the three places a request spends its
/// time in the framework: matching the route, running the view, rendering a template. Each
/// wrapper goes straight to the work when no listener is attached (no clock read, no allocation).
/// </summary>
internal static class Instrumentation
{
    private static readonly string? Version = typeof(Instrumentation).Assembly.GetName().Version?.ToString(3);
    private static readonly ActivitySource Source = new(CarafeDiagnostics.ActivitySourceName, Version);
    private static readonly Meter Meter = new(CarafeDiagnostics.MeterName, Version);

    // Seconds, so the buckets of ASP.NET Core's http.server.request.duration rather than the exporters' defaults (made for milliseconds).
    private static readonly InstrumentAdvice<double> SecondsBuckets = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10],
    };

    private static readonly Histogram<double> RouteMatchDuration = Meter.CreateHistogram(
        "carafe.route.match.duration", "s", "Time to match a request's path and method to a rule.", tags: null, advice: SecondsBuckets);

    private static readonly Histogram<double> ViewDuration = Meter.CreateHistogram(
        "carafe.view.duration", "s", "Time spent in a view, the handler of an endpoint.", tags: null, advice: SecondsBuckets);

    private static readonly Histogram<double> TemplateRenderDuration = Meter.CreateHistogram(
        "carafe.template.render.duration", "s", "Time to render a template, context processors included.", tags: null, advice: SecondsBuckets);

    /// <summary>Matches <paramref name="path"/> and <paramref name="method"/>; the activity and measurement carry the outcome and the rule.</summary>
    public static RouteMatch MatchRoute(RouteMap map, string path, string method)
    {
        if (!Source.HasListeners() && !RouteMatchDuration.Enabled)
        {
            return map.Match(path, method);
        }
        using var activity = Source.StartActivity("Carafe.MatchRoute");
        var started = Stopwatch.GetTimestamp();
        var match = map.Match(path, method);
        var result = ResultName(match.Kind);
        if (activity is not null)
        {
            activity.SetTag("http.request.method", method);
            activity.SetTag("carafe.route.result", result);
            if (match.Kind == RouteMatchKind.Found)
            {
                activity.SetTag("http.route", match.Rule!.Pattern);
                activity.SetTag("carafe.endpoint", match.Rule.Endpoint);
            }
        }
        RouteMatchDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("carafe.route.result", result));
        return match;
    }

    /// <summary>Runs the view of <paramref name="endpoint"/>; a view that throws marks the activity as an error and tags the measurement with the exception's type.</summary>
    public static ValueTask<object?> InvokeViewAsync(ViewInvoker view, RequestContext context, string endpoint)
    {
        if (!Source.HasListeners() && !ViewDuration.Enabled)
        {
            return view.InvokeAsync(context);
        }
        return InvokeMeasuredAsync(view, context, endpoint);
    }

    private static async ValueTask<object?> InvokeMeasuredAsync(ViewInvoker view, RequestContext context, string endpoint)
    {
        using var activity = Source.StartActivity("Carafe.View");
        activity?.SetTag("carafe.endpoint", endpoint);
        activity?.SetTag("http.request.method", context.Request.Method);
        var started = Stopwatch.GetTimestamp();
        string? errorType = null;
        try
        {
            return await view.InvokeAsync(context);
        }
        catch (Exception e)
        {
            errorType = e.GetType().FullName;
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            activity?.SetTag("error.type", errorType);
            throw;
        }
        finally
        {
            var tags = new TagList
            {
                { "carafe.endpoint", endpoint },
                { "http.request.method", context.Request.Method },
            };
            if (errorType is not null)
            {
                tags.Add("error.type", errorType);
            }
            ViewDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    /// <summary>
    /// Renders <paramref name="template"/> through <paramref name="render"/> (a static lambda, given its
    /// <paramref name="state"/>, so that nothing is allocated when nobody listens); the template
    /// engine itself knows nothing of this.
    /// </summary>
    public static ValueTask<string> RenderTemplateAsync<TState>(Template template, TState state, Func<TState, ValueTask<string>> render)
    {
        if (!Source.HasListeners() && !TemplateRenderDuration.Enabled)
        {
            return render(state);
        }
        return RenderMeasuredAsync(template, state, render);
    }

    private static async ValueTask<string> RenderMeasuredAsync<TState>(Template template, TState state, Func<TState, ValueTask<string>> render)
    {
        // Jinja names a template made from a string "<template>"; so do the tags.
        var name = template.Name ?? "<template>";
        using var activity = Source.StartActivity("Carafe.RenderTemplate");
        activity?.SetTag("carafe.template", name);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await render(state);
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            activity?.SetTag("error.type", e.GetType().FullName);
            throw;
        }
        finally
        {
            TemplateRenderDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("carafe.template", name));
        }
    }

    private static string ResultName(RouteMatchKind kind) => kind switch
    {
        RouteMatchKind.Found => "found",
        RouteMatchKind.NotFound => "not_found",
        RouteMatchKind.MethodNotAllowed => "method_not_allowed",
        RouteMatchKind.Redirect => "redirect",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
