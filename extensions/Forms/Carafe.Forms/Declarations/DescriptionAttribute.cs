namespace Carafe.Forms;

/// <summary>The field's description, which templates show as <c>field.description</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DescriptionAttribute : Attribute
{
    /// <summary>Sets the description.</summary>
    public DescriptionAttribute(string text) => Text = text;

    /// <summary>The description.</summary>
    public string Text { get; }
}
