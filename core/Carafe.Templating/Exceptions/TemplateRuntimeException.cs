namespace Carafe.Templating;

/// <summary>An error raised while rendering, such as a type error or a failed <c>required</c> block.</summary>
public class TemplateRuntimeException : TemplateException
{
    /// <summary>Creates the exception with a message.</summary>
    public TemplateRuntimeException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public TemplateRuntimeException(string message, Exception? inner) : base(message, inner) { }

    /// <summary>The template that was rendering, when known.</summary>
    public string? TemplateName { get; internal set; }

    /// <summary>The 1-based line being rendered, or 0 when unknown.</summary>
    public int LineNumber { get; internal set; }
}
