using Carafe.Deployment.Tests.Support;
using Carafe.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Carafe.Deployment.Tests;

public class HealthCheckTests
{
    private const string Json = "application/json";

    /// <summary>JSON written with single quotes, for readability.</summary>
    private static string J(string json) => json.Replace('\'', '"');

    [Fact]
    public void The_app_reports_itself_healthy_at_healthz()
    {
        using var client = DeploymentApps.Create().Client();

        var response = client.Get("/healthz");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(Json, response.ContentType);
        Assert.Equal("no-store", response.Headers["Cache-Control"]);
        Assert.Equal(J("{'status':'Healthy','checks':{'app':{'status':'Healthy','description':'app is serving.'}}}"), response.Text);
    }

    [Fact]
    public void A_check_an_extension_registers_is_reported_and_an_unhealthy_one_makes_it_503()
    {
        var app = DeploymentApps.Create();
        app.Services.AddHealthChecks()
            .AddCheck("cache", () => HealthCheckResult.Degraded("slow", data: new Dictionary<string, object> { ["latency_ms"] = 250 }))
            .AddCheck("orm:default", () => HealthCheckResult.Unhealthy("unable to open database file"));
        using var client = app.Client();

        var response = client.Get("/healthz");

        Assert.Equal(503, response.StatusCode);
        Assert.Equal(
            J("{'status':'Unhealthy','checks':{'app':{'status':'Healthy','description':'app is serving.'},") +
            J("'cache':{'status':'Degraded','description':'slow','data':{'latency_ms':250}},") +
            J("'orm:default':{'status':'Unhealthy','description':'unable to open database file'}}}"),
            response.Text);
    }

    [Fact]
    public void A_degraded_app_still_answers_200_so_that_it_keeps_its_traffic()
    {
        var app = DeploymentApps.Create();
        app.Services.AddHealthChecks().AddCheck("mail:outbox", () => HealthCheckResult.Degraded("12 messages waiting"));
        using var client = app.Client();

        var response = client.Get("/healthz");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(
            J("{'status':'Degraded','checks':{'app':{'status':'Healthy','description':'app is serving.'},") +
            J("'mail:outbox':{'status':'Degraded','description':'12 messages waiting'}}}"),
            response.Text);
    }

    [Fact]
    public void A_check_that_throws_is_unhealthy_with_the_exception_message_and_no_stack_trace()
    {
        var app = DeploymentApps.Create();
        app.Services.AddHealthChecks().AddCheck<ThrowingCheck>("broken");
        using var client = app.Client();

        var response = client.Get("/healthz");

        Assert.Equal(503, response.StatusCode);
        Assert.Equal(
            J("{'status':'Unhealthy','checks':{'app':{'status':'Healthy','description':'app is serving.'},") +
            J("'broken':{'status':'Unhealthy','description':'connection refused'}}}"),
            response.Text);
    }

    [Fact]
    public void The_path_is_configurable_and_the_old_one_is_then_the_app_s()
    {
        var app = DeploymentApps.Create();
        app.Config["HEALTH_CHECK_PATH"] = "/status/health";
        using var client = app.Client();

        Assert.Equal(200, client.Get("/status/health").StatusCode);
        Assert.Equal(404, client.Get("/healthz").StatusCode);
    }

    [Fact]
    public void An_empty_path_serves_no_health_endpoint()
    {
        var app = DeploymentApps.Create();
        app.Config["HEALTH_CHECK_PATH"] = "";
        app.Get("/healthz", () => "the app's own", endpoint: "own");
        using var client = app.Client();

        Assert.Equal("the app's own", client.Get("/healthz").Text);
    }

    [Fact]
    public void A_path_without_its_slash_is_refused_when_the_app_starts()
    {
        var app = DeploymentApps.Create();
        app.Config["HEALTH_CHECK_PATH"] = "healthz";

        var error = Assert.Throws<InvalidOperationException>(() => app.Client());

        Assert.Equal("Config value HEALTH_CHECK_PATH = 'healthz' must start with '/', as /healthz does (or be empty to serve no health endpoint).", error.Message);
    }

    [Fact]
    public async Task The_app_is_unhealthy_once_it_is_shutting_down_so_that_the_balancer_drains_it()
    {
        var lifetime = new Lifetime();
        var check = new AppHealthCheck(DeploymentApps.Create(), lifetime);

        var serving = await check.CheckHealthAsync(new HealthCheckContext());
        lifetime.StopApplication();
        var stopping = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal((HealthStatus.Healthy, "app is serving."), (serving.Status, serving.Description));
        Assert.Equal((HealthStatus.Unhealthy, "app is shutting down."), (stopping.Status, stopping.Description));
    }

    private sealed class ThrowingCheck : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("connection refused");
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => _stopping.Cancel();
    }
}
