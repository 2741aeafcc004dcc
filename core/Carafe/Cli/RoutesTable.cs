using System.Text;
using Carafe.Routing;

namespace Carafe.Cli;

/// <summary>The route table as <c>flask routes</c> prints it: sorted by endpoint, HEAD and OPTIONS left out.</summary>
internal static class RoutesTable
{
    public static string Format(IEnumerable<Rule> rules)
    {
        var rows = rules
            .OrderBy(r => r.Endpoint, StringComparer.Ordinal)
            .Select(r => (r.Endpoint, Methods: string.Join(", ", r.Methods.Where(m => m is not ("HEAD" or "OPTIONS")).Order(StringComparer.Ordinal)), r.Pattern))
            .ToList();
        if (rows.Count == 0)
        {
            return "No routes were registered.\n";
        }
        var widths = new[]
        {
            Math.Max("Endpoint".Length, rows.Max(r => r.Endpoint.Length)),
            Math.Max("Methods".Length, rows.Max(r => r.Methods.Length)),
            Math.Max("Rule".Length, rows.Max(r => r.Pattern.Length)),
        };
        var output = new StringBuilder();
        void Row(string a, string b, string c) =>
            output.Append($"{a.PadRight(widths[0])}  {b.PadRight(widths[1])}  {c.PadRight(widths[2])}".TrimEnd()).Append('\n');
        Row("Endpoint", "Methods", "Rule");
        Row(new string('-', widths[0]), new string('-', widths[1]), new string('-', widths[2]));
        foreach (var (endpoint, methods, pattern) in rows)
        {
            Row(endpoint, methods, pattern);
        }
        return output.ToString();
    }
}
