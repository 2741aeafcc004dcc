using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Carafe;

/// <summary>
/// The session, as Flask's <c>session</c>: a dictionary that remembers whether it was read
/// (<see cref="Accessed"/>, which makes the response vary on the cookie) and changed
/// (<see cref="Modified"/>, which makes the response send it). Values should be what JSON
/// can hold: strings, numbers, booleans, null, lists and string-keyed dictionaries.
/// </summary>
public class Session : IDictionary<string, object?>
{
    private const string PermanentKey = "_permanent";
    private readonly Dictionary<string, object?> _values;

    /// <summary>Creates a new, empty session.</summary>
    public Session() : this(new Dictionary<string, object?>(StringComparer.Ordinal), isNew: true)
    {
    }

    /// <summary>Creates a session holding values loaded from a store.</summary>
    public Session(Dictionary<string, object?> values, bool isNew)
    {
        _values = values;
        IsNew = isNew;
    }

    /// <summary>Whether the session was read during the request.</summary>
    public bool Accessed { get; set; }

    /// <summary>Whether the session was changed during the request. Set it yourself after changing a mutable value in place.</summary>
    public bool Modified { get; set; }

    /// <summary>Whether the session did not come from the client (no cookie, or a bad one).</summary>
    public bool IsNew { get; }

    /// <summary>Whether the session outlives the browser session, for <c>PERMANENT_SESSION_LIFETIME</c>.</summary>
    public bool Permanent
    {
        get => _values.TryGetValue(PermanentKey, out var value) && value is true;
        set
        {
            if (value)
            {
                this[PermanentKey] = true;
            }
            else
            {
                Remove(PermanentKey);
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>; a missing key raises <see cref="KeyNotFoundException"/>.</summary>
    public object? this[string key]
    {
        get
        {
            Accessed = true;
            return _values.TryGetValue(key, out var value)
                ? value
                : throw new KeyNotFoundException($"The session holds no '{key}'. Use Session.Get(\"{key}\") to read a key that may be missing.");
        }
        set
        {
            Accessed = true;
            Modified = true;
            _values[key] = value;
        }
    }

    /// <summary>The value of <paramref name="key"/>, or null when missing.</summary>
    public object? Get(string key)
    {
        Accessed = true;
        return _values.GetValueOrDefault(key);
    }

    /// <summary>
    /// The value of <paramref name="key"/> as <typeparamref name="T"/>, or <paramref name="defaultValue"/>
    /// when missing. Numbers convert between integer and floating types, as they come back from
    /// the cookie as <c>long</c> or <c>double</c>.
    /// </summary>
    public T Get<T>(string key, T defaultValue)
    {
        var value = Get(key);
        return value switch
        {
            null => defaultValue,
            T typed => typed,
            IConvertible convertible when typeof(IConvertible).IsAssignableFrom(Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T)) =>
                (T)convertible.ToType(Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture),
            _ => defaultValue,
        };
    }

    /// <summary>Removes <paramref name="key"/> and answers its value, or null.</summary>
    public object? Pop(string key)
    {
        Accessed = true;
        if (_values.Remove(key, out var value))
        {
            Modified = true;
            return value;
        }
        return null;
    }

    /// <summary>The keys.</summary>
    public ICollection<string> Keys => _values.Keys;

    /// <summary>The values.</summary>
    public ICollection<object?> Values => _values.Values;

    /// <summary>The number of keys.</summary>
    public int Count => _values.Count;

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <summary>Adds <paramref name="key"/>; an existing key is an error.</summary>
    public void Add(string key, object? value)
    {
        Accessed = true;
        Modified = true;
        _values.Add(key, value);
    }

    /// <summary>Whether the session holds <paramref name="key"/>; does not count as reading it, as in Flask.</summary>
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <summary>Removes <paramref name="key"/>.</summary>
    public bool Remove(string key)
    {
        Accessed = true;
        var removed = _values.Remove(key);
        Modified |= removed;
        return removed;
    }

    /// <summary>Reads <paramref name="key"/> if present.</summary>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        Accessed = true;
        return _values.TryGetValue(key, out value);
    }

    /// <summary>Empties the session.</summary>
    public void Clear()
    {
        Accessed = true;
        Modified |= _values.Count > 0;
        _values.Clear();
    }

    /// <summary>The values as a plain dictionary, for a session store to save.</summary>
    public IReadOnlyDictionary<string, object?> ToDictionary() => _values;

    void ICollection<KeyValuePair<string, object?>>.Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<string, object?>>.Contains(KeyValuePair<string, object?> item) =>
        ((ICollection<KeyValuePair<string, object?>>)_values).Contains(item);

    void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)_values).CopyTo(array, arrayIndex);

    bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item) => Remove(item.Key);

    /// <summary>Enumerates the keys and values; counts as reading the session.</summary>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        Accessed = true;
        return _values.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
