using Carafe.Http;

namespace Carafe.Sessions;

/// <summary>
/// Reads back the tags of Flask's <c>TaggedJSONSerializer</c> (written by
/// <see cref="Json.PythonJsonWriter"/> in tagged mode): every one-key object whose key is a tag
/// becomes the tagged value, innermost first, as Python's <c>object_hook</c> runs.
/// </summary>
internal static class TaggedJson
{
    /// <summary>Replaces tagged objects in a value read by <see cref="Json.FlaskJson.Deserialize"/>.</summary>
    /// <exception cref="FormatException">A tag holds a value of the wrong shape.</exception>
    public static object? Untag(object? value)
    {
        switch (value)
        {
            case List<object?> list:
                for (var i = 0; i < list.Count; i++)
                {
                    list[i] = Untag(list[i]);
                }
                return list;
            case Dictionary<string, object?> dictionary:
                foreach (var key in dictionary.Keys.ToList())
                {
                    dictionary[key] = Untag(dictionary[key]);
                }
                return dictionary.Count == 1 ? FromTag(dictionary) : dictionary;
            default:
                return value;
        }
    }

    private static object? FromTag(Dictionary<string, object?> dictionary)
    {
        var (tag, content) = dictionary.First();
        return tag switch
        {
            " t" => Expect<List<object?>>(content, tag).ToArray(),
            " u" => Guid.Parse(Expect<string>(content, tag)),
            " b" => Convert.FromBase64String(Expect<string>(content, tag)),
            " m" => Expect<string>(content, tag),
            // Werkzeug's parse_date answers None for a date it cannot read.
            " d" => HttpDate.TryParse(Expect<string>(content, tag), out var date) ? date : null,
            " di" => Unwrap(Expect<Dictionary<string, object?>>(content, tag)),
            _ => dictionary,
        };
    }

    // {" di": {" t__": x}} stands for the plain dictionary {" t": x}.
    private static Dictionary<string, object?> Unwrap(Dictionary<string, object?> wrapped)
    {
        var (key, inner) = wrapped.Count == 1 ? wrapped.First() : throw new FormatException("A \" di\" tag must hold a one-key object.");
        return new Dictionary<string, object?>(StringComparer.Ordinal) { [key.Length >= 2 ? key[..^2] : ""] = inner };
    }

    private static T Expect<T>(object? content, string tag) =>
        content is T typed ? typed : throw new FormatException($"The session tag \"{tag}\" holds a {content?.GetType().Name ?? "null"}, not a {typeof(T).Name}.");
}
