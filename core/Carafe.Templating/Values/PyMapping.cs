using System.Collections;

namespace Carafe.Templating.Values;

/// <summary>Python's dict operations over any <see cref="IDictionary"/>, the form templates see mappings in.</summary>
internal static class PyMapping
{
    public static Dictionary<object, object?> NewDict() => new(PyEquality.Instance!);

    public static bool TryGet(IDictionary dict, object? key, out object? value)
    {
        if (key is not null)
        {
            try
            {
                if (dict.Contains(key)) { value = dict[key]; return true; }
            }
            catch (ArgumentException) { }
            if (dict is not Dictionary<object, object?> && key is not string)
            {
                foreach (DictionaryEntry e in dict)
                    if (PyEquality.Equal(e.Key, key)) { value = e.Value; return true; }
            }
        }
        value = null;
        return false;
    }

    public static List<object?> Keys(IDictionary dict)
    {
        var keys = new List<object?>(dict.Count);
        foreach (DictionaryEntry e in dict) keys.Add(e.Key);
        return keys;
    }

    public static List<object?> Values(IDictionary dict)
    {
        var values = new List<object?>(dict.Count);
        foreach (DictionaryEntry e in dict) values.Add(e.Value);
        return values;
    }

    public static List<object?> Items(IDictionary dict)
    {
        var items = new List<object?>(dict.Count);
        foreach (DictionaryEntry e in dict) items.Add(new PyTuple([e.Key, e.Value]));
        return items;
    }
}
