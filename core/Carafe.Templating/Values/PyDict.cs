using System.Collections;

namespace Carafe.Templating.Values;

/// <summary>
/// Python's dict: keys compared with Python equality (<c>1 == 1.0</c>), any hashable key including <c>None</c> and
/// tuples, and insertion order kept even when items are removed and added again.
/// </summary>
internal sealed class PyDict : IDictionary
{
    private static readonly object NoneKey = new();

    private readonly OrderedDictionary<object, object?> _items = new(PyEquality.Instance!);

    private static object Wrap(object? key) => key ?? NoneKey;

    private static object? Unwrap(object key) => ReferenceEquals(key, NoneKey) ? null : key;

    public object? this[object key]
    {
        get => _items.TryGetValue(Wrap(key), out var value) ? value : null;
        set => _items[Wrap(key)] = value;
    }

    public void Set(object? key, object? value) => _items[Wrap(key)] = value;

    public bool TryGetValue(object? key, out object? value) => _items.TryGetValue(Wrap(key), out value);

    public bool ContainsKey(object? key) => _items.ContainsKey(Wrap(key));

    public bool RemoveKey(object? key) => _items.Remove(Wrap(key));

    public int Count => _items.Count;
    public bool IsFixedSize => false;
    public bool IsReadOnly => false;
    public bool IsSynchronized => false;
    public object SyncRoot => this;
    public ICollection Keys => _items.Keys.Select(Unwrap).ToList();
    public ICollection Values => _items.Values.ToList();

    public void Add(object key, object? value) => _items.Add(Wrap(key), value);
    public void Clear() => _items.Clear();
    public bool Contains(object key) => ContainsKey(key);
    public void Remove(object key) => RemoveKey(key);

    public void CopyTo(Array array, int index)
    {
        foreach (DictionaryEntry entry in this) array.SetValue(entry, index++);
    }

    public IDictionaryEnumerator GetEnumerator() => new Enumerator(_items.GetEnumerator());

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Enumerator(IEnumerator<KeyValuePair<object, object?>> inner) : IDictionaryEnumerator
    {
        public DictionaryEntry Entry => new(Unwrap(inner.Current.Key)!, inner.Current.Value);
        public object Key => Unwrap(inner.Current.Key)!;
        public object? Value => inner.Current.Value;
        public object Current => Entry;
        public bool MoveNext() => inner.MoveNext();
        public void Reset() => inner.Reset();
    }
}
