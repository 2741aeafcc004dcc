namespace Carafe.Templating;

/// <summary>The base of every error the template engine raises.</summary>
public class TemplateException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public TemplateException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public TemplateException(string message, Exception? inner) : base(message, inner) { }
}
