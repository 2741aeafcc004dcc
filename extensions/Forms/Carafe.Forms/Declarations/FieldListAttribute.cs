namespace Carafe.Forms;

/// <summary>The bounds of a list property bound as a <c>FieldList</c>: entries added up to <c>MinEntries</c>, entries beyond <c>MaxEntries</c> ignored.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldListAttribute : Attribute
{
    /// <summary>The fewest entries rendered and bound.</summary>
    public int MinEntries { get; set; }

    /// <summary>The most entries bound from the request; 0 for no limit.</summary>
    public int MaxEntries { get; set; }
}
