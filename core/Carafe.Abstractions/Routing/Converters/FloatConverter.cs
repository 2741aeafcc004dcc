using Carafe.Templating;
using System.Globalization;

namespace Carafe.Routing;

/// <summary>
/// Unsigned decimal numbers with a dot (<c>2.5</c>; not <c>3</c> or <c>.5</c>) as
/// <see cref="double"/>: <c>&lt;float(min=0.5, max=9.5, signed=True):x&gt;</c>.
/// </summary>
internal sealed class FloatConverter : RouteConverter
{
    private readonly double? _min;
    private readonly double? _max;

    public FloatConverter(ConverterArguments arguments)
    {
        arguments.ExpectOnly("float", "min", "max", "signed");
        _min = arguments.Get<double?>(0, "min", null);
        _max = arguments.Get<double?>(1, "max", null);
        Regex = arguments.Get(2, "signed", false) ? @"-?\d+\.\d+" : @"\d+\.\d+";
    }

    public override string Regex { get; }

    public override int Weight => 50;

    public override bool TryToValue(string text, out object? value)
    {
        value = null;
        if (!double.TryParse(PythonNumbers.AsciiDigits(text), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }
        value = number;
        return (_min is null || number >= _min) && (_max is null || number <= _max);
    }

    public override string ToUrl(object? value) => PythonFormat.FloatRepr(PythonNumbers.ToFloat(value));
}
