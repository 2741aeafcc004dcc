using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Carafe.Views;

/// <summary>
/// Reads named values given as an anonymous object (<c>new { page = 2 }</c>) or a dictionary,
/// keeping their order. Property readers are compiled once per type.
/// </summary>
internal static class ValueBag
{
    private static readonly ConcurrentDictionary<Type, (string Name, Func<object, object?> Read)[]> Readers = new();

    public static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> From(object? values)
    {
        switch (values)
        {
            case null:
                return Empty;
            case IReadOnlyDictionary<string, object?> dictionary:
                return dictionary;
            case IDictionary<string, object?> dictionary:
                return dictionary.AsReadOnly();
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                return pairs.ToDictionary();
            case IDictionary dictionary:
                var copy = new Dictionary<string, object?>(dictionary.Count, StringComparer.Ordinal);
                foreach (DictionaryEntry entry in dictionary)
                {
                    copy[entry.Key.ToString() ?? ""] = entry.Value;
                }
                return copy;
        }
        var readers = Readers.GetOrAdd(values.GetType(), Compile);
        var result = new Dictionary<string, object?>(readers.Length, StringComparer.Ordinal);
        foreach (var (name, read) in readers)
        {
            result[name] = read(values);
        }
        return result;
    }

    private static (string, Func<object, object?>)[] Compile(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p =>
            {
                var instance = Expression.Parameter(typeof(object));
                var body = Expression.Convert(Expression.Property(Expression.Convert(instance, type), p), typeof(object));
                return (p.Name, Expression.Lambda<Func<object, object?>>(body, instance).Compile());
            })
            .ToArray();
}
