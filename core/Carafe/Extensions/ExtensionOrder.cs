namespace Carafe.Extensions;

/// <summary>
/// The order extensions are initialised in: each after the extensions it depends on, otherwise
/// in the order found. Missing dependencies and cycles are failures with a reason, and so is
/// depending on an extension that failed.
/// </summary>
internal static class ExtensionOrder
{
    /// <param name="extensions">The enabled extensions, by unique name, in the order found.</param>
    /// <param name="disabled">Names found but disabled, so a dependency on one is reported as such.</param>
    public static (IReadOnlyList<string> Order, IReadOnlyDictionary<string, string> Failures) Sort(
        IReadOnlyList<(string Name, IReadOnlyList<string> DependsOn)> extensions, IReadOnlySet<string> disabled)
    {
        var dependencies = extensions.ToDictionary(e => e.Name, e => e.DependsOn, StringComparer.Ordinal);
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, dependsOn) in extensions)
        {
            if (dependsOn.FirstOrDefault(d => !dependencies.ContainsKey(d)) is { } missing)
            {
                failures[name] = disabled.Contains(missing)
                    ? $"needs '{missing}', which is disabled"
                    : $"needs '{missing}', which is not installed";
            }
        }

        var order = new List<string>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (extensions.FirstOrDefault(e => !placed.Contains(e.Name) && e.DependsOn.All(d => placed.Contains(d) || !dependencies.ContainsKey(d))) is { Name: { } next })
        {
            placed.Add(next);
            order.Add(next);
        }

        // What could not be placed is in a cycle, or depends on one.
        var unplaced = extensions.Select(e => e.Name).Where(n => !placed.Contains(n)).ToHashSet(StringComparer.Ordinal);
        foreach (var name in unplaced)
        {
            failures[name] = FindCycle(name, dependencies, unplaced) is { } cycle
                ? "dependency cycle: " + string.Join(" -> ", cycle)
                : $"needs '{dependencies[name].First(unplaced.Contains)}', which failed";
        }
        foreach (var name in order.Where(n => !failures.ContainsKey(n)))
        {
            if (dependencies[name].FirstOrDefault(failures.ContainsKey) is { } failed)
            {
                failures[name] = $"needs '{failed}', which failed";
            }
        }
        return (order, failures);
    }

    /// <summary>The path from <paramref name="start"/> back to itself, such as <c>a, b, a</c>, or null.</summary>
    private static List<string>? FindCycle(string start, Dictionary<string, IReadOnlyList<string>> dependencies, HashSet<string> within)
    {
        var path = new List<string> { start };
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        return Walk(start) ? path : null;

        bool Walk(string name)
        {
            foreach (var dependency in dependencies[name].Where(within.Contains))
            {
                if (dependency == start)
                {
                    path.Add(dependency);
                    return true;
                }
                if (seen.Add(dependency))
                {
                    path.Add(dependency);
                    if (Walk(dependency))
                    {
                        return true;
                    }
                    path.RemoveAt(path.Count - 1);
                }
            }
            return false;
        }
    }
}
