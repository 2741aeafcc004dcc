namespace Carafe.Forms;

/// <summary>Makes the property a <c>SelectField</c> (or <c>SelectMultipleField</c> for a list) whose choices are set at run time with <c>form.SetChoices</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SelectAttribute : Attribute
{
}
