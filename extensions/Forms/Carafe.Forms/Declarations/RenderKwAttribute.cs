namespace Carafe.Forms;

/// <summary>An HTML attribute rendered every time, as WTForms' <c>render_kw</c>: <c>[RenderKw("placeholder", "Your name")]</c>.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = true)]
public sealed class RenderKwAttribute : Attribute
{
    /// <summary>Sets the attribute; <c>true</c> renders it bare, <c>false</c> leaves it out.</summary>
    public RenderKwAttribute(string name, object value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The attribute's name, as a keyword argument would spell it (<c>class_</c>, <c>data_id</c>).</summary>
    public string Name { get; }

    /// <summary>The attribute's value.</summary>
    public object Value { get; }
}
