namespace Carafe.Forms;

/// <summary>Makes the property a <c>PasswordField</c>, whose value is never sent back to the browser.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PasswordAttribute : Attribute
{
}
