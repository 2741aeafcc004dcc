using Carafe.Forms.Binding;
using Carafe.Forms.Fields;
using Carafe.Forms.Validators;
using Carafe.Forms.Widgets;
using Carafe.Templating;

namespace Carafe.Forms;

/// <summary>
/// One field of a bound form, as WTForms' <c>Field</c>: its name and id, label, description, the data
/// it holds after binding, the raw values the client sent and the errors validation found. In templates
/// it renders itself (<c>{{ form.name }}</c>, <c>{{ form.name(size=20, class_="wide") }}</c>) with the
/// HTML WTForms gives, and answers WTForms' attribute names (<c>label</c>, <c>errors</c>, <c>data</c>,
/// <c>flags</c>, <c>raw_data</c>, <c>description</c>, <c>name</c>, <c>id</c>, <c>type</c>).
/// </summary>
public abstract class Field : IAttributeSource, IHtml, ITemplateCallable
{
    private readonly List<string> _errors = [];
    private readonly List<string> _processErrors = [];
    private string? _refusal;

    private protected Field(FieldDefinition definition, string prefix, string typeName, Widget widget, string? id = null, string? name = null)
    {
        Definition = definition;
        ShortName = name ?? definition.Name;
        Name = prefix + ShortName;
        Id = id ?? Name;
        Type = typeName;
        Widget = widget;
        Label = new Label(Id, definition.LabelText);
        Flags = new Flags(definition.Validators.SelectMany(v => v.FieldFlags).Concat(widget.FieldFlags));
    }

    internal FieldDefinition Definition { get; }

    internal Widget Widget { get; }

    /// <summary>The field's name in the HTML form, with the form's prefix: <c>username</c>, <c>address-city</c>.</summary>
    public string Name { get; }

    /// <summary>The name without the form's prefix.</summary>
    public string ShortName { get; }

    /// <summary>The HTML id; the name unless given.</summary>
    public string Id { get; }

    /// <summary>WTForms' class name of the field: <c>StringField</c>, <c>SelectField</c>, <c>CSRFTokenField</c>...</summary>
    public string Type { get; }

    /// <summary>The label, rendered as <c>&lt;label for="id"&gt;text&lt;/label&gt;</c>.</summary>
    public Label Label { get; }

    /// <summary>The description declared on the property, or an empty string.</summary>
    public string Description => Definition.Description;

    /// <summary>The flags its validators and widget set, such as <c>required</c> and <c>maxlength</c>.</summary>
    public Flags Flags { get; }

    /// <summary>The field's value: converted from the request's data when bound, else from the object edited or the default.</summary>
    public object? Data { get; internal set; }

    /// <summary>The value the field had from the object or the default, before the request's data.</summary>
    public object? ObjectData { get; private set; }

    /// <summary>The values the client sent under the field's name: strings, or <see cref="FileStorage"/> for files.</summary>
    public IReadOnlyList<object> RawData { get; private protected set; } = [];

    /// <summary>The errors found by binding and validation, in order.</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>Attributes rendered on every render of this field, from <see cref="RenderKwAttribute"/>.</summary>
    public IReadOnlyDictionary<string, object?> RenderKw => Definition.RenderKw;

    /// <summary>Renders the field with extra HTML attributes (<c>new { size = 20, class_ = "wide" }</c> or a dictionary).</summary>
    public Markup Render(object? attributes = null) => Render(Attributes.From(attributes));

    /// <summary>The field's HTML with no extra attributes.</summary>
    public string ToHtml() => Render(new Dictionary<string, object?>()).Html;

    /// <summary>The field's HTML, as Python's <c>str(field)</c>.</summary>
    public override string ToString() => ToHtml();

    internal Markup Render(IReadOnlyDictionary<string, object?> attributes)
    {
        var merged = new Dictionary<string, object?>(RenderKw, StringComparer.Ordinal);
        foreach (var (key, value) in attributes)
        {
            merged[key] = value;
        }
        return new Markup(Widget.Render(this, merged));
    }

    object? ITemplateCallable.Call(IReadOnlyList<object?> arguments, IReadOnlyDictionary<string, object?> keywords) =>
        arguments.Count == 0
            ? Render(keywords)
            : throw new TemplateRuntimeException($"{Name}() takes keyword arguments only, the HTML attributes to render, such as {Name}(class_=\"wide\").");

    /// <summary>The text the widget puts in <c>value=</c>, as WTForms' <c>_value()</c>.</summary>
    internal virtual string Value() => Data is null ? "" : HtmlParams.Str(Data);

    /// <summary>Binds the field, as WTForms' <c>process</c>: the object's or default value first, then the request's data when there is any.</summary>
    internal virtual void Process(FormData? formData, object? objectData, bool hasObjectData)
    {
        _processErrors.Clear();
        _refusal = null;
        var data = hasObjectData ? objectData : Definition.Default;
        ObjectData = data;
        try
        {
            ProcessData(data);
        }
        catch (FormatException e)
        {
            _processErrors.Add(e.Message);
        }
        if (formData is null)
        {
            return;
        }
        RawData = formData.GetList(Name);
        try
        {
            if (SingleValued && RawData.Count > 1)
            {
                throw new RefusedInputException(Messages.OneValueOnly);
            }
            ProcessFormData(RawData);
        }
        catch (RefusedInputException e)
        {
            Data = null;
            _refusal = e.Message;
        }
        catch (FormatException e)
        {
            _processErrors.Add(e.Message);
        }
    }

    /// <summary>Whether a second value under the field's name would be lost: such input is refused rather than half-read.</summary>
    private protected virtual bool SingleValued => false;

    /// <summary>Takes a value from the object edited or the default; a <see cref="FormatException"/> is a processing error.</summary>
    private protected virtual void ProcessData(object? value) => Data = value;

    /// <summary>Converts the client's values; a <see cref="FormatException"/> is the field's conversion error.</summary>
    private protected virtual void ProcessFormData(IReadOnlyList<object> values)
    {
        if (values.Count > 0)
        {
            Data = values[0];
        }
    }

    /// <summary>Checks what the field itself requires (a valid choice), before its validators.</summary>
    private protected virtual void PreValidate(Form form)
    {
    }

    /// <summary>Validates the field as WTForms does: conversion errors first, then its own check, then its validators until one stops the chain.</summary>
    internal virtual bool Validate(Form form)
    {
        _errors.Clear();
        if (_refusal is not null)
        {
            // Input no validator should excuse (two values for one, a file for text): no required check may replace its error.
            _errors.Add(_refusal);
            return false;
        }
        _errors.AddRange(_processErrors);
        var stopped = false;
        try
        {
            PreValidate(form);
        }
        catch (StopValidationException e)
        {
            AddError(e.Message);
            stopped = true;
        }
        catch (FieldValidationException e)
        {
            _errors.Add(e.Message);
        }
        if (!stopped)
        {
            foreach (var validator in Definition.Validators)
            {
                try
                {
                    validator.Validate(form, this);
                }
                catch (StopValidationException e)
                {
                    AddError(e.Message);
                    break;
                }
                catch (FieldValidationException e)
                {
                    _errors.Add(e.Message);
                }
            }
        }
        return _errors.Count == 0;
    }

    private void AddError(string message)
    {
        if (message.Length > 0)
        {
            _errors.Add(message);
        }
    }

    /// <summary>Adds an error found elsewhere, such as by a FluentValidation rule on the form's class.</summary>
    internal void AddValidationError(string message) => _errors.Add(message);

    /// <summary>Clears errors gathered so far, as <c>field.errors[:] = []</c> in WTForms' required validators.</summary>
    internal void ClearErrors() => _errors.Clear();

    /// <summary>The errors of this field and its subfields, by full field name.</summary>
    internal virtual IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> AllErrors()
    {
        if (_errors.Count > 0)
        {
            yield return new(Name, _errors);
        }
    }

    /// <summary>The value to give the property of the form's class.</summary>
    internal virtual object? PropertyValue() => Data;

    /// <summary>What templates read as <c>field.name</c>; fields add their own (<c>choices</c>, <c>entries</c>).</summary>
    public virtual bool TryGetAttribute(string name, out object? value)
    {
        value = name switch
        {
            "name" => Name,
            "short_name" => ShortName,
            "id" => Id,
            "type" => Type,
            "label" => Label,
            "description" => Description,
            "flags" => Flags,
            "data" => Data,
            "object_data" => ObjectData,
            "raw_data" => RawData,
            "errors" => Errors,
            "process_errors" => _processErrors,
            "render_kw" => RenderKw,
            "default" => Definition.Default,
            _ => Missing,
        };
        if (ReferenceEquals(value, Missing))
        {
            value = null;
            return false;
        }
        return true;
    }

    private protected static readonly object Missing = new();
}
