using System.Globalization;
using System.Text.RegularExpressions;

namespace Carafe.Forms.Fields;

/// <summary>Python's <c>int()</c>, <c>float()</c> and <c>Decimal()</c> on text: surrounding whitespace allowed, underscores between digits.</summary>
internal static partial class PythonNumbers
{
    public static bool TryParseInteger(string text, Type type, out object? value)
    {
        value = null;
        var trimmed = text.Trim();
        if (!IntegerText().IsMatch(trimmed))
        {
            return false;
        }
        var digits = trimmed.Replace("_", "");
        if (type == typeof(int) && int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
        {
            value = i;
        }
        else if (type == typeof(long) && long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            value = l;
        }
        return value is not null;
    }

    public static bool TryParseFloat(string text, out double value)
    {
        value = 0;
        var trimmed = text.Trim();
        switch (trimmed.TrimStart('+', '-').ToLowerInvariant())
        {
            case "inf" or "infinity":
                value = trimmed.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
                return true;
            case "nan":
                value = double.NaN;
                return true;
        }
        return DecimalText().IsMatch(trimmed)
            && double.TryParse(trimmed.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseDecimal(string text, out decimal value)
    {
        value = 0;
        var trimmed = text.Trim();
        return DecimalText().IsMatch(trimmed)
            && decimal.TryParse(trimmed.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^[+-]?[0-9]+(_[0-9]+)*$")]
    private static partial Regex IntegerText();

    [GeneratedRegex(@"^[+-]?([0-9]+(_[0-9]+)*(\.([0-9]+(_[0-9]+)*)?)?|\.[0-9]+(_[0-9]+)*)([eE][+-]?[0-9]+(_[0-9]+)*)?$")]
    private static partial Regex DecimalText();
}
