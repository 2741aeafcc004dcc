using System.Collections;

namespace Carafe.Forms.Widgets;

/// <summary>HTML attributes given from C#: an anonymous object (<c>new { size = 20, class_ = "wide" }</c>) or a dictionary.</summary>
internal static class Attributes
{
    public static IReadOnlyDictionary<string, object?> From(object? attributes)
    {
        switch (attributes)
        {
            case null:
                return new Dictionary<string, object?>();
            case IReadOnlyDictionary<string, object?> dictionary:
                return dictionary;
            case IDictionary dictionary:
                var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in dictionary)
                {
                    copy[entry.Key.ToString()!] = entry.Value;
                }
                return copy;
            default:
                return attributes.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0)
                    .ToDictionary(p => p.Name, p => p.GetValue(attributes), StringComparer.Ordinal);
        }
    }
}
