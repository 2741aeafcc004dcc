using System.Globalization;
using Carafe.Forms.Widgets;

namespace Carafe.Forms.Fields;

/// <summary>
/// WTForms' <c>IntegerField</c>, <c>DecimalField</c> and <c>FloatField</c>: the text converted to the
/// property's number type, or the field's conversion error (<c>Not a valid integer value.</c>); what the
/// client typed is shown back as typed.
/// </summary>
internal sealed class NumberField(FieldDefinition definition, string prefix, string? id = null, string? name = null)
    : Field(definition, prefix, TypeNameOf(definition.Kind), WidgetOf(definition.Kind), id, name)
{
    private static readonly NumberInput IntegerInput = new();
    private static readonly NumberInput DecimalInput = new("any");
    private static readonly TextInput FloatInput = new();

    private Type NumberType => Nullable.GetUnderlyingType(Definition.ValueType) ?? Definition.ValueType;

    private protected override bool SingleValued => true;

    private protected override void ProcessData(object? value)
    {
        Data = value is null ? null : Definition.Kind switch
        {
            FieldKind.Integer => value,
            FieldKind.Decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        };
    }

    private protected override void ProcessFormData(IReadOnlyList<object> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        var text = values[0] as string ?? "";
        Data = null;
        switch (Definition.Kind)
        {
            case FieldKind.Integer:
                Data = PythonNumbers.TryParseInteger(text, NumberType, out var integer) ? integer : throw new FormatException(Messages.NotAnInteger);
                break;
            case FieldKind.Decimal:
                Data = PythonNumbers.TryParseDecimal(text, out var number) ? number : throw new FormatException(Messages.NotADecimal);
                break;
            default:
                Data = PythonNumbers.TryParseFloat(text, out var real) ? real : throw new FormatException(Messages.NotAFloat);
                break;
        }
    }

    internal override string Value()
    {
        if (RawData.Count > 0)
        {
            return HtmlParams.Str(RawData[0]);
        }
        return Data switch
        {
            null => "",
            decimal number => Math.Round(number, Definition.DecimalPlaces, MidpointRounding.ToEven).ToString("F" + Definition.DecimalPlaces, CultureInfo.InvariantCulture),
            _ => HtmlParams.Str(Data),
        };
    }

    internal override object? PropertyValue() => Data is null || NumberType != typeof(float) ? Data : (float)(double)Data;

    private static string TypeNameOf(FieldKind kind) => kind switch
    {
        FieldKind.Integer => "IntegerField",
        FieldKind.Decimal => "DecimalField",
        _ => "FloatField",
    };

    private static Widget WidgetOf(FieldKind kind) => kind switch
    {
        FieldKind.Integer => IntegerInput,
        FieldKind.Decimal => DecimalInput,
        _ => FloatInput,
    };
}
