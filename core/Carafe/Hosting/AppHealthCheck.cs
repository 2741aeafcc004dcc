using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Carafe.Hosting;

/// <summary>
/// The health of the app itself: healthy while it serves, unhealthy once it is shutting down,
/// so that a load balancer stops sending it requests while it drains.
/// </summary>
internal sealed class AppHealthCheck(CarafeApp app, IHostApplicationLifetime lifetime) : IHealthCheck
{
    /// <summary>The name the check reports under.</summary>
    public const string Name = "app";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy($"{app.Name} is shutting down.")
            : HealthCheckResult.Healthy($"{app.Name} is serving."));
}
