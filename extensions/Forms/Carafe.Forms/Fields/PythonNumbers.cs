using System.Globalization;
using System.Text.RegularExpressions;

namespace Carafe.Forms.Fields;

/// <summary>Python's <c>int()</c>, <c>float()</c> and <c>Decimal()</c> on text: surrounding whitespace allowed, underscores between digits.</summary>
internal static partial class PythonNumbers
{
    /// <summary>Python's <c>int(text)</c> (<see cref="PythonInt"/>) into an <see cref="int"/> or a <see cref="long"/>, as <paramref name="type"/> says.</summary>
    public static bool TryParseInteger(string text, Type type, out object? value)
    {
        value = null;
        if (type == typeof(int) && PythonInt.TryParse(text, out int i))
        {
            value = i;
        }
        else if (type == typeof(long) && PythonInt.TryParse(text, out long l))
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

    [GeneratedRegex(@"^[+-]?([0-9]+(_[0-9]+)*(\.([0-9]+(_[0-9]+)*)?)?|\.[0-9]+(_[0-9]+)*)([eE][+-]?[0-9]+(_[0-9]+)*)?$")]
    private static partial Regex DecimalText();
}
