namespace Carafe.Templating.Runtime;

/// <summary>The positional and keyword arguments of one call, read by position or by Jinja's parameter name.</summary>
internal sealed class Arguments
{
    public static readonly Arguments Empty = new([], null);

    public Arguments(List<object?> positional, Dictionary<string, object?>? keywords)
    {
        Positional = positional;
        Keywords = keywords;
    }

    public List<object?> Positional { get; }
    public Dictionary<string, object?>? Keywords { get; }

    public int Count => Positional.Count + (Keywords?.Count ?? 0);

    public bool TryGet(int index, string name, out object? value)
    {
        if (index < Positional.Count) { value = Positional[index]; return true; }
        if (Keywords is not null && Keywords.TryGetValue(name, out value)) return true;
        value = null;
        return false;
    }

    public object? Get(int index, string name, object? fallback = null) => TryGet(index, name, out var value) ? value : fallback;

    public object? Required(int index, string name, string function) =>
        TryGet(index, name, out var value) ? value
            : throw new TemplateRuntimeException($"{function}() missing required argument '{name}'");

    /// <summary>Fails as Python does when required arguments of <paramref name="function"/> are missing.</summary>
    public void RequirePositional(string function, params string[] names)
    {
        var missing = names.Where((name, i) => !TryGet(i, name, out _)).Select(n => $"'{n}'").ToList();
        if (missing.Count == 0) return;
        string list = missing.Count == 1 ? missing[0]
            : missing.Count == 2 ? $"{missing[0]} and {missing[1]}"
            : string.Join(", ", missing.Take(missing.Count - 1)) + ", and " + missing[^1];
        string noun = missing.Count == 1 ? "argument" : "arguments";
        throw new TemplateRuntimeException($"{function}() missing {missing.Count} required positional {noun}: {list}");
    }
}
