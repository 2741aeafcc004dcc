using System.Collections;
using System.Globalization;
using Carafe.Forms.Widgets;

namespace Carafe.Forms.Fields;

/// <summary>
/// WTForms' <c>SelectField</c>, <c>SelectMultipleField</c> and <c>RadioField</c>: the value sent is coerced to
/// the property's type (an enum, a number, text) and must be one of the choices. Iterating it gives one
/// subfield per choice, for rendering radios or options one by one.
/// </summary>
internal sealed class ChoiceField : Field, IEnumerable<Field>
{
    private static readonly Select SingleSelect = new(false);
    private static readonly Select MultipleSelect = new(true);
    private static readonly ListWidget RadioList = new(prefixLabel: false);
    private static readonly RadioInput RadioOption = new();
    private static readonly OptionWidget SelectOption = new();

    public ChoiceField(FieldDefinition definition, string prefix, string? id = null, string? name = null)
        : base(definition, prefix, TypeNameOf(definition.Kind), WidgetOf(definition.Kind), id, name)
    {
        Choices = definition.Choices;
    }

    /// <summary>The choices; null until declared or set, which validation refuses.</summary>
    public IReadOnlyList<SelectChoice>? Choices { get; set; }

    private bool Multiple => Definition.Kind == FieldKind.SelectMultiple;

    private Type ItemType
    {
        get
        {
            var type = Multiple ? FormSchema.ElementTypeOf(Definition.ValueType)! : Definition.ValueType;
            return Nullable.GetUnderlyingType(type) ?? type;
        }
    }

    public bool HasGroups => Choices?.Any(c => c.Group is not null) == true;

    private protected override bool SingleValued => !Multiple;

    public bool IsSelected(SelectChoice choice) => TryCoerce(choice.Value, out var value) && (Multiple
        ? Data is IList list && list.Cast<object?>().Contains(value)
        : Equals(value, Data));

    private protected override void ProcessData(object? value)
    {
        if (!Multiple)
        {
            Data = value is string text ? (TryCoerce(text, out var coerced) ? coerced : null) : value;
            return;
        }
        Data = value is IEnumerable items and not string ? items.Cast<object?>().ToList() : null;
    }

    private protected override void ProcessFormData(IReadOnlyList<object> values)
    {
        if (!Multiple)
        {
            if (values.Count > 0)
            {
                Data = values[0] is string text && TryCoerce(text, out var value) ? value : throw new FormatException(Messages.CannotCoerce);
            }
            return;
        }
        var items = new List<object?>();
        foreach (var raw in values)
        {
            items.Add(raw is string text && TryCoerce(text, out var value) ? value : throw new FormatException(Messages.CannotCoerceMultiple));
        }
        Data = items;
    }

    private protected override void PreValidate(Form form)
    {
        var choices = Choices ?? throw new InvalidOperationException(
            $"The field '{Name}' has no choices. Declare them with [Choice] on the property, or set them with form.SetChoices(\"{ShortName}\", ...) before validating.");
        if (!Multiple)
        {
            if (!choices.Any(IsSelected))
            {
                throw new FieldValidationException(Messages.NotAChoice);
            }
            return;
        }
        if (Data is not IList { Count: > 0 } data)
        {
            return;
        }
        var acceptable = choices.Select(c => TryCoerce(c.Value, out var v) ? v : null).ToList();
        var unacceptable = data.Cast<object?>().Distinct().Where(d => !acceptable.Contains(d)).Select(HtmlParams.Str).ToList();
        if (unacceptable.Count > 0)
        {
            var values = string.Join("', '", unacceptable);
            throw new FieldValidationException(unacceptable.Count == 1
                ? $"'{values}' is not a valid choice for this field."
                : $"'{values}' are not valid choices for this field.");
        }
    }

    internal override object? PropertyValue()
    {
        if (!Multiple)
        {
            return Data;
        }
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(FormSchema.ElementTypeOf(Definition.ValueType)!))!;
        foreach (var item in Data as IList ?? Array.Empty<object?>())
        {
            list.Add(item);
        }
        return list;
    }

    private bool TryCoerce(string text, out object? value)
    {
        var type = ItemType;
        value = null;
        if (type == typeof(string))
        {
            value = text;
        }
        else if (type.IsEnum)
        {
            value = Enum.TryParse(type, text, ignoreCase: false, out var member) && Enum.IsDefined(type, member!) ? member : null;
        }
        else if (type == typeof(int) || type == typeof(long))
        {
            PythonNumbers.TryParseInteger(text, type, out value);
        }
        else
        {
            try
            {
                value = Convert.ChangeType(text, type, CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
            {
                value = null;
            }
        }
        return value is not null;
    }

    public IEnumerator<Field> GetEnumerator()
    {
        var widget = Definition.Kind == FieldKind.Radio ? (Widget)RadioOption : SelectOption;
        var index = 0;
        foreach (var choice in Choices ?? [])
        {
            yield return new OptionField(Definition with { LabelText = choice.Label }, $"{Id}-{index++}", Name, widget, choice.Value, IsSelected(choice));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override bool TryGetAttribute(string name, out object? value)
    {
        if (name == "choices")
        {
            value = Choices?.Select(c => (c.Value, c.Label)).ToList();
            return true;
        }
        return base.TryGetAttribute(name, out value);
    }

    private static string TypeNameOf(FieldKind kind) => kind switch
    {
        FieldKind.SelectMultiple => "SelectMultipleField",
        FieldKind.Radio => "RadioField",
        _ => "SelectField",
    };

    private static Widget WidgetOf(FieldKind kind) => kind switch
    {
        FieldKind.SelectMultiple => MultipleSelect,
        FieldKind.Radio => RadioList,
        _ => SingleSelect,
    };
}
