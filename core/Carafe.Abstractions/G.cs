using Carafe.Templating;

namespace Carafe;

/// <summary>
/// Flask's <c>g</c>: a place for anything a request needs to share between hooks, views and
/// templates (the current user, a database connection). A new one for every request.
/// </summary>
public sealed class G : IAttributeSource
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>The value stored as <paramref name="name"/>; a missing name is an error that says so.</summary>
    public object? this[string name]
    {
        get => _values.TryGetValue(name, out var value)
            ? value
            : throw new KeyNotFoundException($"g holds no '{name}'. Use g.Get(\"{name}\") to read a name that may be missing.");
        set => _values[name] = value;
    }

    /// <summary>The value stored as <paramref name="name"/>, or <paramref name="defaultValue"/>.</summary>
    public object? Get(string name, object? defaultValue = null) => _values.GetValueOrDefault(name, defaultValue);

    /// <summary>The value stored as <paramref name="name"/> when it is a <typeparamref name="T"/>, else <paramref name="defaultValue"/>.</summary>
    public T Get<T>(string name, T defaultValue) => _values.TryGetValue(name, out var value) && value is T typed ? typed : defaultValue;

    /// <summary>Whether <paramref name="name"/> is stored.</summary>
    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>Removes <paramref name="name"/> and answers its value, or <paramref name="defaultValue"/>.</summary>
    public object? Pop(string name, object? defaultValue = null) => _values.Remove(name, out var value) ? value : defaultValue;

    /// <summary>The stored names and values.</summary>
    public IReadOnlyDictionary<string, object?> Values => _values;

    // In templates, as Flask's g: {{ g.user }} is the stored value (undefined when missing), and
    // g.get('user', default) and g.pop(...) are the methods, unless a value of that name shadows them.
    bool IAttributeSource.TryGetAttribute(string name, out object? value)
    {
        if (_values.TryGetValue(name, out value))
        {
            return true;
        }
        value = name switch
        {
            "get" => new TemplateFunction((args, keywords) => Get(NameArgument(args, keywords), DefaultArgument(args, keywords))),
            "pop" => new TemplateFunction((args, keywords) => Pop(NameArgument(args, keywords), DefaultArgument(args, keywords))),
            _ => null,
        };
        return value is not null;
    }

    private static string NameArgument(IReadOnlyList<object?> args, IReadOnlyDictionary<string, object?> keywords) =>
        (args.Count > 0 ? args[0] : keywords.GetValueOrDefault("name")) as string
        ?? throw new ArgumentException("g.get and g.pop take the name of a value as a string.");

    private static object? DefaultArgument(IReadOnlyList<object?> args, IReadOnlyDictionary<string, object?> keywords) =>
        args.Count > 1 ? args[1] : keywords.GetValueOrDefault("default");
}
