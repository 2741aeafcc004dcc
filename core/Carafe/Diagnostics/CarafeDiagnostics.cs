namespace Carafe.Diagnostics;

/// <summary>
/// The names an app gives OpenTelemetry (or any <c>ActivityListener</c>/<c>MeterListener</c>) to
/// receive Carafe's traces and metrics: <c>AddSource(CarafeDiagnostics.ActivitySourceName)</c>
/// and <c>AddMeter(CarafeDiagnostics.MeterName)</c>. Nothing is measured while nobody listens.
/// </summary>
public static class CarafeDiagnostics
{
    /// <summary>The <c>ActivitySource</c>'s name: activities <c>Carafe.MatchRoute</c>, <c>Carafe.View</c> and <c>Carafe.RenderTemplate</c>.</summary>
    public const string ActivitySourceName = "Carafe";

    /// <summary>The <c>Meter</c>'s name: histograms <c>carafe.route.match.duration</c>, <c>carafe.view.duration</c> and <c>carafe.template.render.duration</c>, in seconds.</summary>
    public const string MeterName = "Carafe";
}
