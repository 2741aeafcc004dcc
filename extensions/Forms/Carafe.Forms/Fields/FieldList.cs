using System.Collections;
using System.Globalization;
using Carafe.Forms.Binding;
using Carafe.Forms.Widgets;

namespace Carafe.Forms.Fields;

/// <summary>
/// WTForms' <c>FieldList</c>: a list property becomes entries named <c>tags-0</c>, <c>tags-1</c>... bound
/// from the indices the client sent (at most <c>MaxEntries</c>), else from the object's list, and padded
/// to <c>MinEntries</c>. The property's validators apply to each entry.
/// </summary>
internal sealed class FieldList(FieldDefinition definition, string prefix, string? id = null, string? name = null)
    : Field(definition, prefix, "FieldList", new ListWidget(), id, name), IEnumerable<Field>
{
    private readonly List<Field> _entries = [];
    private readonly string _prefix = prefix;
    private int _lastIndex = -1;

    public IReadOnlyList<Field> Entries => _entries;

    internal override void Process(FormData? formData, object? objectData, bool hasObjectData)
    {
        _entries.Clear();
        _lastIndex = -1;
        var data = (objectData as IEnumerable)?.Cast<object?>().ToList() ?? [];
        Data = data;
        if (formData is { IsEmpty: false })
        {
            var indices = IndicesIn(formData).Distinct().Order().ToList();
            if (Definition.MaxEntries is { } max)
            {
                indices = indices.Take(max).ToList();
            }
            for (var i = 0; i < indices.Count; i++)
            {
                AddEntry(formData, i < data.Count ? data[i] : null, i < data.Count, indices[i]);
            }
        }
        else
        {
            foreach (var item in data)
            {
                AddEntry(formData, item, true, null);
            }
        }
        while (_entries.Count < Definition.MinEntries)
        {
            AddEntry(formData, null, false, null);
        }
    }

    private IEnumerable<int> IndicesIn(FormData formData)
    {
        var start = Name + "-";
        foreach (var key in formData.Keys)
        {
            if (key.StartsWith(start, StringComparison.Ordinal))
            {
                var index = key[start.Length..].Split('-', 2)[0];
                if (index.Length > 0 && index.All(char.IsAsciiDigit) && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i))
                {
                    yield return i;
                }
            }
        }
    }

    private void AddEntry(FormData? formData, object? data, bool hasData, int? index)
    {
        var number = index ?? _lastIndex + 1;
        _lastIndex = number;
        var entry = FieldFactory.Create(Definition.Element!, _prefix, $"{Id}-{number}", $"{ShortName}-{number}");
        entry.Process(formData, data, hasData);
        _entries.Add(entry);
    }

    internal override bool Validate(Form form)
    {
        var valid = true;
        foreach (var entry in _entries)
        {
            valid &= entry.Validate(form);
        }
        return valid;
    }

    internal override IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> AllErrors() => _entries.SelectMany(e => e.AllErrors());

    internal override object? PropertyValue()
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(Definition.Element!.ValueType))!;
        foreach (var entry in _entries)
        {
            list.Add(entry.PropertyValue());
        }
        return list;
    }

    internal override string Value() => "";

    public IEnumerator<Field> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override bool TryGetAttribute(string name, out object? value)
    {
        switch (name)
        {
            case "entries":
                value = _entries;
                return true;
            case "data":
                value = _entries.Select(e => e.Data).ToList();
                return true;
            default:
                return base.TryGetAttribute(name, out value);
        }
    }
}
