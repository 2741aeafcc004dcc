namespace Carafe.Security;

/// <summary>A token that was not signed with this key and salt, or was changed since, as itsdangerous' <c>BadSignature</c>.</summary>
public class BadSignatureException : Exception
{
    /// <summary>Creates the exception with a message saying what was wrong.</summary>
    public BadSignatureException(string message, Exception? innerException = null) : base(message, innerException)
    {
    }
}
