namespace Carafe.Forms;

/// <summary>Makes the property a <c>SubmitField</c>: a submit button, true when it was the one pressed.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SubmitAttribute : Attribute
{
}
