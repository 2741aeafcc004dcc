using System.Collections;

namespace Carafe.Templating.Values;

/// <summary>Python's immutable tuple: formats as <c>(1, 2)</c> and compares item by item.</summary>
internal sealed class PyTuple : IReadOnlyList<object?>, IList
{
    public static readonly PyTuple Empty = new([]);

    private readonly object?[] _items;

    /// <summary>Creates a tuple; <paramref name="names"/> makes it a named tuple (<c>group.grouper</c>), still printed as a tuple.</summary>
    public PyTuple(object?[] items, string[]? names = null)
    {
        _items = items;
        Names = names;
    }

    public string[]? Names { get; }

    public bool TryGetField(string name, out object? value)
    {
        int index = Names is null ? -1 : Array.IndexOf(Names, name);
        value = index >= 0 ? _items[index] : null;
        return index >= 0;
    }

    public object? this[int index] => _items[index];
    public int Count => _items.Length;
    public IEnumerator<object?> GetEnumerator() => ((IEnumerable<object?>)_items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    object? IList.this[int index] { get => _items[index]; set => throw ReadOnly(); }
    bool IList.IsFixedSize => true;
    bool IList.IsReadOnly => true;
    bool ICollection.IsSynchronized => false;
    object ICollection.SyncRoot => _items;
    int IList.Add(object? value) => throw ReadOnly();
    void IList.Clear() => throw ReadOnly();
    bool IList.Contains(object? value) => _items.Any(i => PyEquality.Equal(i, value));
    int IList.IndexOf(object? value) => Array.FindIndex(_items, i => PyEquality.Equal(i, value));
    void IList.Insert(int index, object? value) => throw ReadOnly();
    void IList.Remove(object? value) => throw ReadOnly();
    void IList.RemoveAt(int index) => throw ReadOnly();
    void ICollection.CopyTo(Array array, int index) => _items.CopyTo(array, index);

    public override bool Equals(object? obj) => obj is PyTuple t && PyEquality.Equal(this, t);
    public override int GetHashCode() => PyEquality.Instance.GetHashCode(this);
    public override string ToString() => PyFormat.Repr(this);

    private static TemplateRuntimeException ReadOnly() => new("'tuple' object does not support item assignment");
}
