using System.Diagnostics;
using System.Diagnostics.Metrics;
using Carafe.Deployment.Tests.Support;
using Carafe.Diagnostics;
using static Carafe.Helpers;

namespace Carafe.Deployment.Tests;

/// <summary>Listeners are process-wide: these tests run alone, so that no other test's requests are seen.</summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryCollection;

[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests : IDisposable
{
    private readonly List<Activity> _activities = [];
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = [];
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();

    public TelemetryTests()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CarafeDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_activities)
                {
                    _activities.Add(activity);
                }
            },
        };
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CarafeDiagnostics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            lock (_measurements)
            {
                _measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
            }
        });
    }

    private static CarafeApp App()
    {
        var app = DeploymentApps.Create();
        Directory.CreateDirectory(Path.Combine(app.RootPath, "templates"));
        File.WriteAllText(Path.Combine(app.RootPath, "templates", "hello.html"), "Hello {{ name }}!");
        app.Get("/hello/<name>", (string name) => RenderTemplate("hello.html", new { name }), endpoint: "hello");
        app.Get("/fail", string () => throw new InvalidOperationException("the view failed"), endpoint: "fail");
        app.Get("/dir/", () => "dir", endpoint: "dir");
        app.Get("/inline", () => RenderTemplateString("{{ 1 + 1 }}"), endpoint: "inline");
        return app;
    }

    private void Listen()
    {
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.Start();
    }

    private static (string Name, ActivityStatusCode Status, string Tags) Describe(Activity activity) =>
        (activity.OperationName, activity.Status, string.Join(", ", activity.TagObjects.Select(t => $"{t.Key}={t.Value}")));

    private List<(string Name, string Tags)> Measurements() => _measurements
        .Select(m => (m.Instrument, string.Join(", ", m.Tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"))))
        .ToList();

    [Fact]
    public void A_request_gives_a_route_match_a_template_render_and_a_view_activity()
    {
        using var client = App().Client();
        Listen();

        Assert.Equal("Hello world!", client.Get("/hello/world").Text);

        Assert.Equal(
            [
                ("Carafe.MatchRoute", ActivityStatusCode.Unset, "http.request.method=GET, carafe.route.result=found, http.route=/hello/<name>, carafe.endpoint=hello"),
                ("Carafe.RenderTemplate", ActivityStatusCode.Unset, "carafe.template=hello.html"),
                ("Carafe.View", ActivityStatusCode.Unset, "carafe.endpoint=hello, http.request.method=GET"),
            ],
            _activities.Select(Describe));
        var render = _activities[1];
        var view = _activities[2];
        Assert.Equal(view.SpanId, render.ParentSpanId);
    }

    [Fact]
    public void Each_request_records_one_duration_per_instrument_with_its_tags()
    {
        using var client = App().Client();
        Listen();

        client.Get("/hello/world");
        client.Get("/hello/again");

        Assert.Equal(
            [
                ("carafe.route.match.duration", "carafe.route.result=found"),
                ("carafe.template.render.duration", "carafe.template=hello.html"),
                ("carafe.view.duration", "carafe.endpoint=hello, http.request.method=GET"),
                ("carafe.route.match.duration", "carafe.route.result=found"),
                ("carafe.template.render.duration", "carafe.template=hello.html"),
                ("carafe.view.duration", "carafe.endpoint=hello, http.request.method=GET"),
            ],
            Measurements());
        Assert.All(_measurements, m => Assert.True(m.Value >= 0));
    }

    [Fact]
    public void Requests_that_match_no_view_give_only_the_route_match_with_its_result()
    {
        using var client = App().Client();
        Listen();

        Assert.Equal(404, client.Get("/nowhere").StatusCode);
        Assert.Equal(405, client.Post("/hello/world").StatusCode);
        Assert.Equal(308, client.Get("/dir").StatusCode);

        Assert.Equal(
            [
                "http.request.method=GET, carafe.route.result=not_found",
                "http.request.method=POST, carafe.route.result=method_not_allowed",
                "http.request.method=GET, carafe.route.result=redirect",
            ],
            _activities.Select(a => Describe(a).Tags));
    }

    [Fact]
    public void A_view_that_throws_marks_its_activity_and_its_measurement_with_the_error()
    {
        using var client = App().Client();
        Listen();

        Assert.Equal(500, client.Get("/fail").StatusCode);

        var view = _activities.Single(a => a.OperationName == "Carafe.View");
        Assert.Equal(
            ("Carafe.View", ActivityStatusCode.Error, "carafe.endpoint=fail, http.request.method=GET, error.type=System.InvalidOperationException"),
            Describe(view));
        Assert.Equal("the view failed", view.StatusDescription);
        Assert.Contains(("carafe.view.duration", "carafe.endpoint=fail, error.type=System.InvalidOperationException, http.request.method=GET"), Measurements());
    }

    [Fact]
    public void A_template_from_a_string_is_named_as_Jinja_names_it()
    {
        using var client = App().Client();
        Listen();

        Assert.Equal("2", client.Get("/inline").Text);

        Assert.Equal("carafe.template=<template>", Describe(_activities.Single(a => a.OperationName == "Carafe.RenderTemplate")).Tags);
    }

    [Fact]
    public void Nothing_is_started_while_nobody_listens()
    {
        var app = DeploymentApps.Create();
        app.Get("/", () => Activity.Current?.OperationName ?? "no activity", endpoint: "index");
        using var client = app.Client();

        // ASP.NET Core's own request activity (made for its log scopes) is there; no Carafe one inside it.
        Assert.Equal("Microsoft.AspNetCore.Hosting.HttpRequestIn", client.Get("/").Text);
        Assert.Empty(_activities);
        Assert.Empty(_measurements);
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
    }
}
