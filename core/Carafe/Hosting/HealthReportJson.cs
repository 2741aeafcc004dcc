using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Carafe.Hosting;

/// <summary>
/// The body of the health endpoint: the overall status and each check's status and description,
/// in the order the checks were registered, as
/// <c>{"status": "Healthy", "checks": {"app": {"status": "Healthy", "description": "..."}}}</c>.
/// Exceptions' stack traces are left out: the endpoint may be reachable from outside.
/// </summary>
internal static class HealthReportJson
{
    public static byte[] Write(HealthReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", report.Status.ToString());
            json.WriteStartObject("checks");
            foreach (var (name, entry) in report.Entries)
            {
                json.WriteStartObject(name);
                json.WriteString("status", entry.Status.ToString());
                json.WriteString("description", entry.Description ?? entry.Exception?.Message);
                if (entry.Data.Count > 0)
                {
                    json.WriteStartObject("data");
                    foreach (var (key, value) in entry.Data)
                    {
                        json.WritePropertyName(key);
                        JsonSerializer.Serialize(json, value, value?.GetType() ?? typeof(object));
                    }
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
