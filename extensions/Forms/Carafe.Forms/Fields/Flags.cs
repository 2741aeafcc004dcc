using Carafe.Templating;

namespace Carafe.Forms;

/// <summary>
/// The flags a field's validators and widget set, as WTForms' <c>Flags</c>: <c>required</c>,
/// <c>optional</c>, <c>hidden</c>, <c>minlength</c>, <c>max</c>... Widgets render the ones they know
/// as HTML attributes; templates read them (<c>field.flags.required</c>), and a missing one is None.
/// </summary>
public sealed class Flags : IAttributeSource
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    internal Flags(IEnumerable<KeyValuePair<string, object>> flags)
    {
        foreach (var (name, value) in flags)
        {
            _values[name] = value;
        }
    }

    /// <summary>The flags that are set, by name.</summary>
    public IReadOnlyDictionary<string, object> Values => _values;

    /// <summary>Whether <paramref name="name"/> is set.</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <inheritdoc/>
    public bool TryGetAttribute(string name, out object? value)
    {
        value = _values.GetValueOrDefault(name);
        return true;
    }
}
