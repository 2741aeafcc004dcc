namespace Carafe.Forms;

/// <summary>One choice of a select, radio or select-multiple field, in order: <c>[Choice("py", "Python")]</c>.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class ChoiceAttribute : Attribute
{
    /// <summary>Declares the choice.</summary>
    /// <param name="value">The value sent by the browser, coerced to the property's type.</param>
    /// <param name="label">The text shown; the value when null.</param>
    public ChoiceAttribute(string value, string? label = null)
    {
        Value = value;
        Label = label ?? value;
    }

    /// <summary>The value sent by the browser.</summary>
    public string Value { get; }

    /// <summary>The text shown.</summary>
    public string Label { get; }

    /// <summary>The optgroup the choice belongs to, or null.</summary>
    public string? Group { get; set; }
}
