namespace Carafe.Forms;

/// <summary>Makes the property a <c>RadioField</c>: its choices as a list of radio buttons.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RadioAttribute : Attribute
{
}
