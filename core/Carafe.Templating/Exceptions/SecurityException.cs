namespace Carafe.Templating;

/// <summary>A sandboxed template tried something unsafe or went over one of its limits.</summary>
public sealed class SecurityException : TemplateRuntimeException
{
    /// <summary>Creates the exception with a message that names what was refused.</summary>
    public SecurityException(string message) : base(message) { }
}
