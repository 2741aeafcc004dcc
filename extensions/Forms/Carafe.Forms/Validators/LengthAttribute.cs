using System.Collections;

namespace Carafe.Forms.Validators;

/// <summary>
/// WTForms' <c>Length</c>: the text (counted in characters, as Python does) or list must have at least
/// <see cref="Min"/> and at most <see cref="Max"/> items; -1 leaves a bound unchecked. Sets
/// <c>minlength</c>/<c>maxlength</c>, so the browser checks it too.
/// </summary>
public sealed class LengthAttribute : FieldValidatorAttribute
{
    /// <summary>The least length, or -1.</summary>
    public int Min { get; set; } = -1;

    /// <summary>The greatest length, or -1.</summary>
    public int Max { get; set; } = -1;

    /// <inheritdoc/>
    public override IEnumerable<KeyValuePair<string, object>> FieldFlags
    {
        get
        {
            if (Min != -1)
            {
                yield return new("minlength", Min);
            }
            if (Max != -1)
            {
                yield return new("maxlength", Max);
            }
        }
    }

    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        var length = field.Data switch
        {
            string text => text.EnumerateRunes().Count(),
            ICollection items => items.Count,
            _ => 0,
        };
        if (length >= Min && (Max == -1 || length <= Max))
        {
            return;
        }
        var message = Max == -1 ? Min == 1 ? "Field must be at least %(min)d character long." : "Field must be at least %(min)d characters long."
            : Min == -1 ? Max == 1 ? "Field cannot be longer than %(max)d character." : "Field cannot be longer than %(max)d characters."
            : Min == Max ? Max == 1 ? "Field must be exactly %(max)d character long." : "Field must be exactly %(max)d characters long."
            : "Field must be between %(min)d and %(max)d characters long.";
        throw new FieldValidationException(MessageOr(message, new Dictionary<string, object?> { ["min"] = Min, ["max"] = Max, ["length"] = length }));
    }
}
