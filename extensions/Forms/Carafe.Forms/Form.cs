using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Carafe.Forms.Binding;
using Carafe.Forms.Csrf;
using Carafe.Forms.Fields;
using Carafe.Templating;

namespace Carafe.Forms;

/// <summary>
/// A bound form's fields, errors and HTML helpers, as WTForms' <c>BaseForm</c>. In templates,
/// <c>form.username</c> is the field, <c>form.errors</c> the errors by field name, <c>form.hidden_tag()</c>
/// the hidden fields (the CSRF token among them), and <c>{% for field in form %}</c> walks the fields.
/// </summary>
public abstract class Form : IAttributeSource, IEnumerable<Field>
{
    private readonly List<Field> _fields = [];
    private readonly Dictionary<string, Field> _byName = new(StringComparer.Ordinal);
    private readonly List<string> _formErrors = [];

    private protected Form(FormSchema schema, string prefix, FormData? formData, object? obj, CsrfContext? csrf, string csrfFieldName)
    {
        Schema = schema;
        Prefix = prefix;
        FormData = formData;
        if (csrf is not null)
        {
            var token = new CsrfTokenField(new FieldDefinition
            {
                Name = csrfFieldName, Kind = FieldKind.Hidden, ValueType = typeof(string), LabelText = "CSRF Token",
            }, prefix, csrf);
            token.Process(formData, null, false);
            Add(token);
        }
        var source = obj ?? schema.CreateInstance();
        foreach (var definition in schema.Fields)
        {
            var field = FieldFactory.Create(definition, prefix);
            field.Process(formData, definition.Property!.GetValue(source), true);
            Add(field);
        }
    }

    internal FormSchema Schema { get; }

    internal FormData? FormData { get; }

    /// <summary>The prefix of every field's name, such as <c>billing-</c>; empty by default.</summary>
    public string Prefix { get; }

    /// <summary>The fields, in the order the class declares them (the CSRF token first).</summary>
    public IReadOnlyList<Field> Fields => _fields;

    /// <summary>The field named <paramref name="name"/>, by its form name (<c>first_name</c>) or its property's name (<c>FirstName</c>).</summary>
    /// <exception cref="KeyNotFoundException">No field has that name.</exception>
    public Field this[string name] => TryGetField(name, out var field) ? field
        : throw new KeyNotFoundException($"The form {Schema.Type.Name} has no field '{name}'. Its fields are: {string.Join(", ", _fields.Select(f => f.ShortName))}.");

    /// <summary>Finds a field by its form name or its property's name.</summary>
    public bool TryGetField(string name, [MaybeNullWhen(false)] out Field field) =>
        _byName.TryGetValue(name, out field) || _byName.TryGetValue(FormSchema.SnakeCase(name), out field);

    /// <summary>The errors of every field (nested ones by their full names, such as <c>address-city</c>), for the fields that have some.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors =>
        _fields.SelectMany(f => f.AllErrors()).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    /// <summary>Errors about the form as a whole rather than one field (WTForms' <c>form_errors</c>).</summary>
    public IReadOnlyList<string> FormErrors => _formErrors;

    /// <summary>Sets the choices of a select or radio field, as <c>form.field.choices = [...]</c>.</summary>
    /// <exception cref="InvalidOperationException">The field has no choices.</exception>
    public void SetChoices(string field, IEnumerable<SelectChoice> choices)
    {
        if (this[field] is not ChoiceField choiceField)
        {
            throw new InvalidOperationException($"The field '{field}' is not a select, radio or select-multiple field, so it takes no choices.");
        }
        choiceField.Choices = choices.ToList();
    }

    /// <summary>
    /// The hidden fields (or those named) as HTML, one per line, as Flask-WTF's <c>hidden_tag()</c>:
    /// put it inside every <c>&lt;form&gt;</c> so the CSRF token is sent.
    /// </summary>
    public Markup HiddenTag(params string[] fields)
    {
        var chosen = fields.Length == 0 ? _fields : fields.Select(name => TryGetField(name, out var field) ? field : null).OfType<Field>();
        return new Markup(string.Join("\n", chosen.Where(f => f.Flags.Has("hidden")).Select(f => f.ToHtml())));
    }

    internal void AddFormError(string message) => _formErrors.Add(message);

    /// <summary>Runs every field's validation, as WTForms' <c>validate</c>; true when none found an error.</summary>
    internal bool ValidateFields()
    {
        _formErrors.Clear();
        var valid = true;
        foreach (var field in _fields)
        {
            valid &= field.Validate(this);
        }
        if (this is not NestedForm && FormData?.JsonError is { } jsonError)
        {
            _formErrors.Add(jsonError);
        }
        // Only a JSON body says which fields it meant to send; browsers also send submit buttons and the like.
        foreach (var unknown in this is NestedForm ? [] : FormData?.JsonKeys?.Where(key => !_fields.Any(f => f.Name == key)) ?? [])
        {
            _formErrors.Add($"Unknown field '{unknown}'.");
        }
        return valid && _formErrors.Count == 0;
    }

    /// <summary>A new instance of the form's class holding the fields' values.</summary>
    internal object BuildObject()
    {
        var result = Schema.CreateInstance();
        foreach (var field in _fields)
        {
            if (field.Definition.Property is not { } property)
            {
                continue;
            }
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var value = field.PropertyValue();
            if (value is null)
            {
                // A value type that cannot be null keeps its default; a failed conversion is the field's error.
                if (!property.PropertyType.IsValueType || type != property.PropertyType)
                {
                    property.SetValue(result, null);
                }
                continue;
            }
            property.SetValue(result, type.IsInstanceOfType(value) ? value : Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture));
        }
        return result;
    }

    /// <summary>Copies the fields' values onto <paramref name="target"/>, as WTForms' <c>populate_obj</c>.</summary>
    private protected void CopyOnto(object target)
    {
        var built = BuildObject();
        foreach (var field in _fields)
        {
            if (field.Definition.Property is { } property)
            {
                property.SetValue(target, property.GetValue(built));
            }
        }
    }

    private void Add(Field field)
    {
        _fields.Add(field);
        _byName[field.ShortName] = field;
    }

    /// <summary>Finds the field a FluentValidation property path names (<c>Address.City</c>, <c>Tags[1]</c>), or null.</summary>
    internal Field? FieldAt(string path)
    {
        Form? form = this;
        Field? field = null;
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[');
            var name = bracket < 0 ? segment : segment[..bracket];
            if (form is null || !form.TryGetField(name, out field))
            {
                return null;
            }
            if (bracket >= 0)
            {
                var index = int.TryParse(segment[(bracket + 1)..].TrimEnd(']'), out var i) ? i : -1;
                field = field is FieldList list && index >= 0 && index < list.Entries.Count ? list.Entries[index] : null;
            }
            form = (field as FormField)?.Form;
        }
        return field;
    }

    /// <inheritdoc/>
    public IEnumerator<Field> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>What templates read as <c>form.name</c>: a field, or <c>errors</c>, <c>form_errors</c>, <c>hidden_tag</c>, <c>data</c>, <c>prefix</c>.</summary>
    public virtual bool TryGetAttribute(string name, out object? value)
    {
        if (_byName.TryGetValue(name, out var field))
        {
            value = field;
            return true;
        }
        value = name switch
        {
            "errors" => Errors.ToDictionary(e => e.Key, e => (object?)e.Value.ToList()),
            "form_errors" => FormErrors,
            "hidden_tag" => (TemplateFunction)((arguments, _) => HiddenTag([.. arguments.Select(a => a?.ToString() ?? "")])),
            "data" => _fields.ToDictionary(f => f.ShortName, f => f.Data),
            "prefix" => Prefix,
            _ => null,
        };
        return name is "errors" or "form_errors" or "hidden_tag" or "data" or "prefix";
    }
}
