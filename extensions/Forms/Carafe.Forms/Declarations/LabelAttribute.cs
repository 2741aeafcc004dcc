namespace Carafe.Forms;

/// <summary>The field's label text; by default the property's name as WTForms writes it (<c>FirstName</c> gives <c>First Name</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class LabelAttribute : Attribute
{
    /// <summary>Sets the label text.</summary>
    public LabelAttribute(string text) => Text = text;

    /// <summary>The label text.</summary>
    public string Text { get; }
}
