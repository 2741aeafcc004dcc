namespace Carafe.Forms;

/// <summary>How many decimal places a <c>DecimalField</c> shows its value with; 2 by default, as WTForms.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PlacesAttribute : Attribute
{
    /// <summary>Sets the number of places.</summary>
    public PlacesAttribute(int places) => Places = places;

    /// <summary>The number of places.</summary>
    public int Places { get; }
}
