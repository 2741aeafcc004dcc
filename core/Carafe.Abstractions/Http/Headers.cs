using System.Collections;

namespace Carafe;

/// <summary>
/// HTTP headers in order, with names compared case-insensitively and repeats allowed
/// (a response may send <c>X-Dup: one</c> and <c>X-Dup: two</c>), as Werkzeug's <c>Headers</c>.
/// </summary>
public sealed class Headers : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _items = [];

    /// <summary>The number of header lines.</summary>
    public int Count => _items.Count;

    /// <summary>
    /// The first value of <paramref name="name"/>, or null. Setting replaces every line of
    /// that name (null removes them); a value holding CR or LF is refused, so that no header
    /// can be injected.
    /// </summary>
    public string? this[string name]
    {
        get => Get(name);
        set
        {
            Remove(name);
            if (value is not null)
            {
                Add(name, value);
            }
        }
    }

    /// <summary>The first value of <paramref name="name"/>, or null.</summary>
    public string? Get(string name)
    {
        foreach (var (key, value) in _items)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>Every value of <paramref name="name"/>, in order.</summary>
    public IReadOnlyList<string> GetAll(string name) =>
        _items.Where(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value).ToList();

    /// <summary>Whether a line named <paramref name="name"/> exists.</summary>
    public bool Contains(string name) => Get(name) is not null;

    /// <summary>Adds a line, keeping those already there.</summary>
    /// <exception cref="ArgumentException">The name or value holds CR or LF, or the name is empty.</exception>
    public void Add(string name, string value)
    {
        if (string.IsNullOrEmpty(name) || name.AsSpan().IndexOfAny('\r', '\n', ':') >= 0)
        {
            throw new ArgumentException($"'{name}' is not a valid header name.", nameof(name));
        }
        if (value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            throw new ArgumentException($"The value of header '{name}' holds a newline, which would inject headers.", nameof(value));
        }
        _items.Add(new(name, value));
    }

    /// <summary>Removes every line named <paramref name="name"/>.</summary>
    public void Remove(string name) =>
        _items.RemoveAll(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The lines in order.</summary>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
