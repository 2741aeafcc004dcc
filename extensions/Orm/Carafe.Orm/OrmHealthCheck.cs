using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Carafe.Orm;

/// <summary>Whether one database answers: a connection opened and <c>SELECT 1</c> run. Registered as <c>orm:&lt;bind&gt;</c>.</summary>
internal sealed class OrmHealthCheck(Engine engine) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = engine.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy($"{engine.Uri.Dialect} database {engine.Uri} answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{engine.Uri.Dialect} database {engine.Uri} does not answer: {e.Message}", e);
        }
    }
}
