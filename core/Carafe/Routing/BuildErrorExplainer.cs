namespace Carafe.Routing;

/// <summary>
/// Writes the <see cref="BuildException"/> for a failed build as Werkzeug's <c>BuildError</c>
/// does: it finds the rule closest to the request (by endpoint spelling, then whether it
/// takes the given values and the method) and says what to change.
/// </summary>
internal static class BuildErrorExplainer
{
    public static BuildException Explain(IReadOnlyList<CompiledRule> rules, string endpoint,
        IReadOnlyDictionary<string, object?> values, string? method)
    {
        var message = $"Could not build url for endpoint {PythonValues.Repr(endpoint)}";
        if (!string.IsNullOrEmpty(method))
        {
            message += $" ({PythonValues.Repr(method)})";
        }
        if (values.Count > 0)
        {
            message += $" with values {PythonValues.Repr(values.Keys.Order(StringComparer.Ordinal))}";
        }
        message += ".";

        var suggested = Closest(rules, endpoint, values, method);
        IReadOnlyList<string> missing = [];
        if (suggested is not null && suggested.Endpoint == endpoint)
        {
            if (!string.IsNullOrEmpty(method) && !suggested.Methods.Contains(method))
            {
                message += $" Did you mean to use methods {PythonValues.Repr(suggested.Methods.Order(StringComparer.Ordinal))}?";
            }
            missing = suggested.Arguments.Where(a => !values.ContainsKey(a)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                message += $" Did you forget to specify values {PythonValues.Repr(missing)}?";
            }
        }
        else if (suggested is not null)
        {
            message += $" Did you mean {PythonValues.Repr(suggested.Endpoint)} instead?";
        }
        return new BuildException(endpoint, missing, message);
    }

    // Werkzeug's closest_rule: the first rule with the highest score, summed in the same
    // order so that ties break the same way.
    private static Rule? Closest(IReadOnlyList<CompiledRule> rules, string endpoint,
        IReadOnlyDictionary<string, object?> values, string? method)
    {
        Rule? best = null;
        var bestScore = double.NegativeInfinity;
        foreach (var compiled in rules)
        {
            var rule = compiled.Rule;
            var takesValues = values.Keys.All(rule.Arguments.Contains);
            var allowsMethod = method is not null && rule.Methods.Contains(method);
            var score = 0.0
                + 0.98 * SequenceSimilarity.Ratio(rule.Endpoint, endpoint)
                + (takesValues ? 0.01 : 0.0)
                + (allowsMethod ? 0.01 : 0.0);
            if (score > bestScore)
            {
                (best, bestScore) = (rule, score);
            }
        }
        return best;
    }
}
