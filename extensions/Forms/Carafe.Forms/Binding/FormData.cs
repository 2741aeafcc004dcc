using System.Collections;
using System.Globalization;
using Carafe.Forms.Widgets;

namespace Carafe.Forms.Binding;

/// <summary>
/// What a submitted request carries for a form, as Flask-WTF's <c>wrap_formdata</c>: its files and form
/// fields, else its JSON object flattened into the same names (<c>{"address": {"city": ...}}</c> gives
/// <c>address-city</c>, a list gives several values and <c>name-0</c>, <c>name-1</c>...). Nothing when the
/// request was not submitted (GET) or carried nothing.
/// </summary>
internal sealed class FormData
{
    private readonly Dictionary<string, List<object>> _values = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];

    /// <summary>The top-level names of a JSON body, which must all be fields; null for form bodies.</summary>
    public IReadOnlyList<string>? JsonKeys { get; private init; }

    /// <summary>Why the JSON body could not be read as a form, or null.</summary>
    public string? JsonError { get; private init; }

    public bool IsEmpty => _keys.Count == 0;

    public IEnumerable<string> Keys => _keys;

    public bool Contains(string name) => _values.ContainsKey(name);

    public IReadOnlyList<object> GetList(string name) => _values.TryGetValue(name, out var values) ? values : [];

    public void Add(string name, object value)
    {
        if (!_values.TryGetValue(name, out var values))
        {
            _values[name] = values = [];
            _keys.Add(name);
        }
        values.Add(value);
    }

    public static bool IsSubmitted(Request request) => request.Method is "POST" or "PUT" or "PATCH" or "DELETE";

    public static FormData? From(Request request)
    {
        if (!IsSubmitted(request))
        {
            return null;
        }
        if (request.Files.Count > 0 || request.Form.Count > 0)
        {
            var data = new FormData();
            foreach (var (name, file) in request.Files)
            {
                data.Add(name, file);
            }
            foreach (var (name, value) in request.Form)
            {
                data.Add(name, value);
            }
            return data;
        }
        return request.IsJson ? FromJson(request.GetJson(silent: true)) : null;
    }

    public static FormData FromJson(object? json)
    {
        if (json is not IDictionary<string, object?> fields)
        {
            return new FormData { JsonError = "The JSON body must be an object whose keys are the form's fields." };
        }
        var data = new FormData { JsonKeys = [.. fields.Keys] };
        foreach (var (name, value) in fields)
        {
            data.AddJson(name, value);
        }
        return data;
    }

    private void AddJson(string name, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case IDictionary<string, object?> nested:
                foreach (var (key, item) in nested)
                {
                    AddJson($"{name}-{key}", item);
                }
                break;
            case IList items:
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is IDictionary<string, object?> or IList)
                    {
                        AddJson($"{name}-{i}", items[i]);
                    }
                    else if (items[i] is not null)
                    {
                        Add(name, Text(items[i]!));
                        Add($"{name}-{i}", Text(items[i]!));
                    }
                }
                break;
            default:
                Add(name, Text(value));
                break;
        }
    }

    // JSON scalars as the text a browser would have sent: true/false in lower case, numbers as written by Python.
    private static string Text(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        string text => text,
        IFormattable number and not double => number.ToString(null, CultureInfo.InvariantCulture),
        _ => HtmlParams.Str(value),
    };
}
