namespace Carafe.Forms;

/// <summary>One choice of a select or radio field: the value sent, the text shown, and the optgroup it belongs to, if any.</summary>
/// <param name="Value">The option's value, as sent by the browser.</param>
/// <param name="Label">The text shown.</param>
/// <param name="Group">The optgroup's label, or null.</param>
public sealed record SelectChoice(string Value, string Label, string? Group = null);
