namespace Carafe.Forms;

/// <summary>Makes the property a <c>TextAreaField</c>: a multi-line <c>&lt;textarea&gt;</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TextAreaAttribute : Attribute
{
}
