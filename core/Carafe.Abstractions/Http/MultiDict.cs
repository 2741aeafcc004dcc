using System.Collections;
using System.Globalization;

namespace Carafe;

/// <summary>
/// A dictionary that keeps every value given for a key, in order, as Werkzeug's
/// <c>MultiDict</c>: used for query arguments, form fields and files. The indexer and
/// <see cref="Get(string)"/> see the first value; <see cref="GetList"/> sees them all.
/// A missing key read through the indexer is answered with 400 Bad Request.
/// </summary>
public sealed class MultiDict<TValue> : IEnumerable<KeyValuePair<string, TValue>>
{
    private readonly List<KeyValuePair<string, TValue>> _items = [];
    private readonly Dictionary<string, List<TValue>> _byKey = new(StringComparer.Ordinal);

    /// <summary>An empty, read-only-by-convention instance.</summary>
    public static MultiDict<TValue> Empty { get; } = new();

    /// <summary>The number of distinct keys.</summary>
    public int Count => _byKey.Count;

    /// <summary>The distinct keys, in the order they first appeared.</summary>
    public IEnumerable<string> Keys => _byKey.Keys;

    /// <summary>The first value of <paramref name="key"/>; a missing key raises <see cref="BadRequestKeyException"/> (400).</summary>
    public TValue this[string key] =>
        _byKey.TryGetValue(key, out var values) ? values[0] : throw new BadRequestKeyException(key);

    /// <summary>Adds a value, keeping those already there.</summary>
    public void Add(string key, TValue value)
    {
        _items.Add(new(key, value));
        if (_byKey.TryGetValue(key, out var values))
        {
            values.Add(value);
        }
        else
        {
            _byKey[key] = [value];
        }
    }

    /// <summary>Whether the key has at least one value.</summary>
    public bool ContainsKey(string key) => _byKey.ContainsKey(key);

    /// <summary>The first value of <paramref name="key"/>, or <c>default</c>.</summary>
    public TValue? Get(string key) => _byKey.TryGetValue(key, out var values) ? values[0] : default;

    /// <summary>The first value of <paramref name="key"/>, or <paramref name="defaultValue"/>.</summary>
    public TValue Get(string key, TValue defaultValue) => _byKey.TryGetValue(key, out var values) ? values[0] : defaultValue;

    /// <summary>Every value of <paramref name="key"/>, in order; empty when missing.</summary>
    public IReadOnlyList<TValue> GetList(string key) => _byKey.TryGetValue(key, out var values) ? values : [];

    /// <summary>The first value of each key.</summary>
    public Dictionary<string, TValue> ToDictionary()
    {
        var result = new Dictionary<string, TValue>(_byKey.Count, StringComparer.Ordinal);
        foreach (var (key, values) in _byKey)
        {
            result[key] = values[0];
        }
        return result;
    }

    /// <summary>Every (key, value) pair, in the order they were added.</summary>
    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Typed reads over string multi-dicts, as Werkzeug's <c>args.get("page", 1, type=int)</c>.</summary>
public static class MultiDictExtensions
{
    /// <summary>
    /// The first value of <paramref name="key"/> converted to <typeparamref name="T"/> with the
    /// invariant culture, or <paramref name="defaultValue"/> when missing or not convertible.
    /// </summary>
    public static T Get<T>(this MultiDict<string> dict, string key, T defaultValue) where T : IParsable<T>
    {
        var raw = dict.Get(key);
        return raw is not null && T.TryParse(raw, CultureInfo.InvariantCulture, out var value) ? value : defaultValue;
    }
}
