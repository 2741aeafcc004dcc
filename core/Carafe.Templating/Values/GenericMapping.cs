using System.Collections;
using System.Collections.Concurrent;

namespace Carafe.Templating.Values;

/// <summary>
/// Lets templates treat any generic dictionary (<c>IReadOnlyDictionary&lt;K, V&gt;</c> or <c>IDictionary&lt;K, V&gt;</c>
/// that is not also a non-generic <see cref="IDictionary"/>, such as a request's form values) as a Python mapping,
/// through a read-only <see cref="IDictionary"/> view. The view's type is worked out once per .NET type.
/// </summary>
internal static class GenericMapping
{
    private static readonly ConcurrentDictionary<Type, Func<object, IDictionary>?> Factories = new();

    /// <summary>The value as a mapping, or null when it is not one.</summary>
    public static IDictionary? AsMapping(object? value) => value switch
    {
        IDictionary dict => dict,
        null or string or Markup or IList or Undefined => null,
        _ => Factories.GetOrAdd(value.GetType(), Factory) is { } create ? create(value) : null,
    };

    private static Func<object, IDictionary>? Factory(Type type)
    {
        foreach (var candidate in type.GetInterfaces())
        {
            if (!candidate.IsGenericType) continue;
            var definition = candidate.GetGenericTypeDefinition();
            if (definition != typeof(IReadOnlyDictionary<,>) && definition != typeof(IDictionary<,>)) continue;
            var view = typeof(View<,>).MakeGenericType(candidate.GetGenericArguments());
            return value => (IDictionary)Activator.CreateInstance(view, value)!;
        }
        return null;
    }

    /// <summary>A read-only view of a generic dictionary; lookups with a key of the wrong type find nothing.</summary>
    private sealed class View<TKey, TValue>(object source) : IDictionary
    {
        private readonly IEnumerable<KeyValuePair<TKey, TValue>> _pairs = (IEnumerable<KeyValuePair<TKey, TValue>>)source;

        private bool TryGet(object key, out TValue? value)
        {
            value = default;
            if (key is not TKey k) return false;
            return source switch
            {
                IReadOnlyDictionary<TKey, TValue> readOnly => readOnly.TryGetValue(k, out value),
                IDictionary<TKey, TValue> dictionary => dictionary.TryGetValue(k, out value),
                _ => false,
            };
        }

        public object? this[object key]
        {
            get => TryGet(key, out var value) ? value : null;
            set => throw ReadOnly();
        }

        public ICollection Keys => _pairs.Select(p => (object?)p.Key).ToList();
        public ICollection Values => _pairs.Select(p => (object?)p.Value).ToList();
        public int Count => _pairs.Count();
        public bool IsFixedSize => true;
        public bool IsReadOnly => true;
        public bool IsSynchronized => false;
        public object SyncRoot => source;
        public bool Contains(object key) => TryGet(key, out _);
        public void Add(object key, object? value) => throw ReadOnly();
        public void Clear() => throw ReadOnly();
        public void Remove(object key) => throw ReadOnly();

        public void CopyTo(Array array, int index)
        {
            foreach (DictionaryEntry entry in this) array.SetValue(entry, index++);
        }

        public IDictionaryEnumerator GetEnumerator() =>
            ((IDictionary)_pairs.ToDictionary(p => (object)p.Key!, p => (object?)p.Value)).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private static TemplateRuntimeException ReadOnly() => new("this mapping is read-only in templates");
    }

    private static readonly ConcurrentDictionary<Type, Func<object, PyTuple>?> PairReaders = new();

    /// <summary>A <see cref="KeyValuePair{TKey,TValue}"/> or <see cref="DictionaryEntry"/> as the 2-tuple Python would have, or null.</summary>
    public static PyTuple? AsPair(object? value) => value switch
    {
        null => null,
        DictionaryEntry e => new PyTuple([e.Key, e.Value]),
        _ when value.GetType() is { IsValueType: true, IsGenericType: true } type => PairReaders.GetOrAdd(type, PairReader)?.Invoke(value),
        _ => null,
    };

    private static Func<object, PyTuple>? PairReader(Type type)
    {
        if (type.GetGenericTypeDefinition() != typeof(KeyValuePair<,>)) return null;
        var key = type.GetProperty("Key")!;
        var value = type.GetProperty("Value")!;
        return pair => new PyTuple([key.GetValue(pair), value.GetValue(pair)]);
    }
}
