namespace Carafe.Templating;

/// <summary>No loader could find a template of that name.</summary>
public class TemplateNotFoundException : TemplateException
{
    /// <summary>Creates the exception for a missing template.</summary>
    public TemplateNotFoundException(string name) : this(name, name) { }

    /// <summary>Creates the exception with a name and a message.</summary>
    protected TemplateNotFoundException(string? name, string message) : base(message) => TemplateName = name;

    /// <summary>The name that was asked for.</summary>
    public string? TemplateName { get; }
}
