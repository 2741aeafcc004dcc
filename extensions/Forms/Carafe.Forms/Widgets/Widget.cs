namespace Carafe.Forms.Widgets;

/// <summary>How a field renders itself, as a WTForms widget: the HTML for the field and the attributes given.</summary>
internal abstract class Widget
{
    /// <summary>Flags the widget sets on its field (a hidden input sets <c>hidden</c>).</summary>
    public virtual IEnumerable<KeyValuePair<string, object>> FieldFlags => [];

    /// <summary>The field's flags this widget renders as attributes, such as <c>required</c> or <c>maxlength</c>.</summary>
    protected virtual string[] ValidationAttributes => ["required"];

    public abstract string Render(Field field, Dictionary<string, object?> attributes);

    /// <summary>Adds the field's flags this widget knows as attributes, unless given explicitly.</summary>
    protected void AddFlags(Field field, Dictionary<string, object?> attributes)
    {
        foreach (var (name, value) in field.Flags.Values)
        {
            if (ValidationAttributes.Contains(name))
            {
                attributes.TryAdd(name, value);
            }
        }
    }
}
