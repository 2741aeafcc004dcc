namespace Carafe.Forms;

/// <summary>Makes the property a <c>DateTimeLocalField</c>: <c>&lt;input type="datetime-local"&gt;</c>, also accepting <c>2024-05-01T10:30</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DateTimeLocalAttribute : Attribute
{
}
