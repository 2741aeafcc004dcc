namespace Carafe.Mail;

/// <summary>
/// A header value holds a line break, which would let it smuggle in other headers
/// (Flask-Mail's <c>BadHeaderError</c>). Raised before any connection is made.
/// </summary>
public sealed class BadHeaderException(string message) : ArgumentException(message);
