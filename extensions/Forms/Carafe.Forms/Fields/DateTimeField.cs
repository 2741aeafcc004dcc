using System.Globalization;
using Carafe.Forms.Widgets;

namespace Carafe.Forms.Fields;

/// <summary>
/// WTForms' <c>DateField</c> (<c>%Y-%m-%d</c>), <c>DateTimeField</c> (<c>%Y-%m-%d %H:%M:%S</c>) and
/// <c>DateTimeLocalField</c> (also with a <c>T</c>): the values sent are joined with spaces and parsed
/// with the first format that fits.
/// </summary>
internal sealed class DateTimeField(FieldDefinition definition, string prefix, string? id = null, string? name = null)
    : Field(definition, prefix, TypeNameOf(definition.Kind), WidgetOf(definition.Kind), id, name)
{
    private static readonly Input DateInput = new("date", Input.RangeAttributes);
    private static readonly Input DateTimeInput = new("datetime", Input.RangeAttributes);
    private static readonly Input DateTimeLocalInput = new("datetime-local", Input.RangeAttributes);

    // strptime's %m, %d, %H, %M and %S take one or two digits.
    private static readonly string[] DateFormats = ["yyyy-M-d"];
    private static readonly string[] DateTimeFormats = ["yyyy-M-d H:m:s"];
    private static readonly string[] DateTimeLocalFormats = ["yyyy-M-d H:m:s", "yyyy-M-dTH:m:s", "yyyy-M-dTH:m"];

    private protected override void ProcessFormData(IReadOnlyList<object> values)
    {
        if (values.Count == 0)
        {
            return;
        }
        var text = string.Join(" ", values.Select(HtmlParams.Str));
        Data = null;
        if (Definition.Kind == FieldKind.Date)
        {
            Data = DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : throw new FormatException(Messages.NotADate);
            return;
        }
        var formats = Definition.Kind == FieldKind.DateTimeLocal ? DateTimeLocalFormats : DateTimeFormats;
        Data = DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new FormatException(Messages.NotADateTime);
    }

    internal override string Value() => RawData.Count > 0
        ? string.Join(" ", RawData.Select(HtmlParams.Str))
        : Data switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            _ => "",
        };

    private static string TypeNameOf(FieldKind kind) => kind switch
    {
        FieldKind.Date => "DateField",
        FieldKind.DateTimeLocal => "DateTimeLocalField",
        _ => "DateTimeField",
    };

    private static Widget WidgetOf(FieldKind kind) => kind switch
    {
        FieldKind.Date => DateInput,
        FieldKind.DateTimeLocal => DateTimeLocalInput,
        _ => DateTimeInput,
    };
}
