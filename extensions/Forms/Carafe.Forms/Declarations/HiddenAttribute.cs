namespace Carafe.Forms;

/// <summary>Makes the property a <c>HiddenField</c>, rendered by <c>hidden_tag()</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HiddenAttribute : Attribute
{
}
