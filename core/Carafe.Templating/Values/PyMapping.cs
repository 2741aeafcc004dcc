using System.Collections;

namespace Carafe.Templating.Values;

/// <summary>Python's dict operations over any <see cref="IDictionary"/>, the form templates see mappings in.</summary>
internal static class PyMapping
{
    public static bool TryGet(IDictionary dict, object? key, out object? value)
    {
        if (dict is PyDict py) return py.TryGetValue(key, out value);
        if (key is not null)
        {
            try
            {
                if (dict.Contains(key)) { value = dict[key]; return true; }
            }
            catch (ArgumentException) { }
            if (key is not string)
            {
                foreach (DictionaryEntry e in dict)
                    if (PyEquality.Equal(e.Key, key)) { value = e.Value; return true; }
            }
        }
        value = null;
        return false;
    }

    public static void Set(IDictionary dict, object? key, object? value)
    {
        if (dict is PyDict py) py.Set(key, value);
        else dict[key ?? throw new TemplateRuntimeException("None is not supported as a key here")] = value;
    }

    public static void Remove(IDictionary dict, object? key)
    {
        if (dict is PyDict py) py.RemoveKey(key);
        else if (key is not null) dict.Remove(key);
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
