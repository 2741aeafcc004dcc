using System.Globalization;

namespace Carafe.Forms.Validators;

/// <summary>
/// WTForms' <c>NumberRange</c>: the number must lie within <see cref="Min"/> and <see cref="Max"/>, inclusive;
/// an unset bound (NaN) is not checked, and no number at all fails. Sets <c>min</c>/<c>max</c>.
/// </summary>
public sealed class NumberRangeAttribute : FieldValidatorAttribute
{
    /// <summary>The least value, or NaN.</summary>
    public double Min { get; set; } = double.NaN;

    /// <summary>The greatest value, or NaN.</summary>
    public double Max { get; set; } = double.NaN;

    /// <inheritdoc/>
    public override IEnumerable<KeyValuePair<string, object>> FieldFlags
    {
        get
        {
            if (!double.IsNaN(Min))
            {
                yield return new("min", Bound(Min));
            }
            if (!double.IsNaN(Max))
            {
                yield return new("max", Bound(Max));
            }
        }
    }

    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        if (field.Data is IConvertible number and not string and not bool)
        {
            var value = number.ToDouble(CultureInfo.InvariantCulture);
            if (!double.IsNaN(value) && (double.IsNaN(Min) || value >= Min) && (double.IsNaN(Max) || value <= Max))
            {
                return;
            }
        }
        var message = double.IsNaN(Max) ? "Number must be at least %(min)s."
            : double.IsNaN(Min) ? "Number must be at most %(max)s."
            : "Number must be between %(min)s and %(max)s.";
        throw new FieldValidationException(MessageOr(message, new Dictionary<string, object?>
        {
            ["min"] = double.IsNaN(Min) ? null : Bound(Min),
            ["max"] = double.IsNaN(Max) ? null : Bound(Max),
        }));
    }

    // Declared as doubles, written as Python writes the number the user meant: 5 rather than 5.0.
    private static object Bound(double value) => value == Math.Floor(value) && Math.Abs(value) < 1e15 ? (object)(long)value : value;
}
