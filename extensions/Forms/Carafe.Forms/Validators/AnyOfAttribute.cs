using Carafe.Forms.Widgets;

namespace Carafe.Forms.Validators;

/// <summary>WTForms' <c>AnyOf</c>: the data must be one of the values given, else <c>Invalid value, must be one of: a, b.</c>.</summary>
public sealed class AnyOfAttribute : FieldValidatorAttribute
{
    /// <summary>Accepts only <paramref name="values"/>.</summary>
    public AnyOfAttribute(params object[] values) => Values = values;

    /// <summary>The values accepted.</summary>
    public IReadOnlyList<object> Values { get; }

    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        if (!ValueLists.Contains(Values, field.Data))
        {
            throw new FieldValidationException(MessageOr("Invalid value, must be one of: %(values)s.", ValueLists.Describe(Values)));
        }
    }
}

/// <summary>WTForms' <c>NoneOf</c>: the data must be none of the values given, else <c>Invalid value, can't be any of: a, b.</c>.</summary>
public sealed class NoneOfAttribute : FieldValidatorAttribute
{
    /// <summary>Refuses <paramref name="values"/>.</summary>
    public NoneOfAttribute(params object[] values) => Values = values;

    /// <summary>The values refused.</summary>
    public IReadOnlyList<object> Values { get; }

    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        if (ValueLists.Contains(Values, field.Data))
        {
            throw new FieldValidationException(MessageOr("Invalid value, can't be any of: %(values)s.", ValueLists.Describe(Values)));
        }
    }
}

/// <summary>Python's <c>data in values</c> across the number types attributes and fields hold, and the list as messages show it.</summary>
internal static class ValueLists
{
    public static bool Contains(IReadOnlyList<object> values, object? data) =>
        data is not null && values.Any(v => Equals(v, data) || (v is not string && data is not string && HtmlParams.Str(v) == HtmlParams.Str(data)));

    public static Dictionary<string, object?> Describe(IReadOnlyList<object> values) =>
        new() { ["values"] = string.Join(", ", values.Select(HtmlParams.Str)) };
}
