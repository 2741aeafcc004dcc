using System.Globalization;
using System.Numerics;

namespace Carafe.Routing;

/// <summary>
/// Unsigned integers (<c>007</c> → 7), as <see cref="long"/> or, beyond its range,
/// <see cref="BigInteger"/>: <c>&lt;int(fixed_digits=4, min=1, max=9999, signed=True):n&gt;</c>.
/// </summary>
internal sealed class IntegerConverter : RouteConverter
{
    private readonly int _fixedDigits;
    private readonly long? _min;
    private readonly long? _max;

    public IntegerConverter(ConverterArguments arguments)
    {
        arguments.ExpectOnly("int", "fixed_digits", "min", "max", "signed");
        _fixedDigits = arguments.Get(0, "fixed_digits", 0);
        _min = arguments.Get<long?>(1, "min", null);
        _max = arguments.Get<long?>(2, "max", null);
        Regex = arguments.Get(3, "signed", false) ? @"-?\d+" : @"\d+";
    }

    public override string Regex { get; }

    public override int Weight => 50;

    public override bool TryToValue(string text, out object? value)
    {
        value = null;
        if (_fixedDigits != 0 && text.Length != _fixedDigits)
        {
            return false;
        }
        var digits = PythonNumbers.AsciiDigits(text);
        BigInteger number;
        if (long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
        {
            number = small;
            value = small;
        }
        else if (BigInteger.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            value = number;
        }
        else
        {
            return false;
        }
        return (_min is null || number >= _min) && (_max is null || number <= _max);
    }

    public override string ToUrl(object? value)
    {
        var text = PythonNumbers.ToInteger(value).ToString(CultureInfo.InvariantCulture);
        return PadWithZeros(text, _fixedDigits);
    }

    // Python's str.zfill: zeros go after the sign.
    private static string PadWithZeros(string text, int width)
    {
        if (text.Length >= width)
        {
            return text;
        }
        return text.StartsWith('-')
            ? "-" + text[1..].PadLeft(width - 1, '0')
            : text.PadLeft(width, '0');
    }
}
