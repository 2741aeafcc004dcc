namespace Carafe.Security;

/// <summary>
/// A request refused for its CSRF token or referrer, as Flask-WTF's <c>CSRFError</c>: answered
/// with 400 Bad Request and Flask-WTF's message as the description, unless an error handler for
/// 400 renders it its own way.
/// </summary>
public sealed class CsrfException : HttpException
{
    /// <summary>Creates the exception with Flask-WTF's message, such as <c>The CSRF token is missing.</c></summary>
    public CsrfException(string reason) : base(400, reason)
    {
        Reason = reason;
    }

    /// <summary>Why the request was refused, in Flask-WTF's words.</summary>
    public string Reason { get; }
}
