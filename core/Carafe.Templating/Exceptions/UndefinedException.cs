namespace Carafe.Templating;

/// <summary>An undefined value was used in a way its policy forbids; the message names it as Jinja's does.</summary>
public sealed class UndefinedException : TemplateRuntimeException
{
    /// <summary>Creates the exception with Jinja's message, such as <c>'user' is undefined</c>.</summary>
    public UndefinedException(string message) : base(message) { }
}
