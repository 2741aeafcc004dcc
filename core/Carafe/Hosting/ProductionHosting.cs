using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Carafe.Hosting;

/// <summary>
/// What a Carafe app needs to run in production, added to every host the app builds: systemd
/// integration (a no-op outside systemd), the health endpoint (<c>HEALTH_CHECK_PATH</c>,
/// <c>/healthz</c> by default, empty to turn it off) and forwarded headers from the trusted
/// proxies (see <see cref="ProxySettings"/>).
/// </summary>
internal static class ProductionHosting
{
    /// <summary>Adds the services: systemd lifetime and logging, and the health checks with the app's own.</summary>
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Host.UseSystemd();
        builder.Services.AddHealthChecks().AddCheck<AppHealthCheck>(AppHealthCheck.Name);
    }

    /// <summary>Adds the middleware that runs before Carafe's dispatcher: forwarded headers first, then the health endpoint.</summary>
    public static void UseMiddleware(WebApplication web, CarafeApp app)
    {
        if (ProxySettings.Read(app.Config) is { } proxies)
        {
            web.UseForwardedHeaders(proxies);
        }
        var healthPath = app.Config.Get("HEALTH_CHECK_PATH", "/healthz");
        if (healthPath.Length > 0)
        {
            if (!healthPath.StartsWith('/'))
            {
                throw new InvalidOperationException($"Config value HEALTH_CHECK_PATH = '{healthPath}' must start with '/', as /healthz does (or be empty to serve no health endpoint).");
            }
            web.UseHealthChecks(healthPath, new HealthCheckOptions
            {
                ResponseWriter = (context, report) =>
                {
                    context.Response.ContentType = "application/json";
                    context.Response.Headers.CacheControl = "no-store";
                    return context.Response.Body.WriteAsync(HealthReportJson.Write(report)).AsTask();
                },
            });
        }
    }
}
