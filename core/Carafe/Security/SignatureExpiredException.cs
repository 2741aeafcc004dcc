namespace Carafe.Security;

/// <summary>A genuine token older than the age allowed, as itsdangerous' <c>SignatureExpired</c>.</summary>
public sealed class SignatureExpiredException : BadSignatureException
{
    /// <summary>Creates the exception with a message giving the age allowed.</summary>
    public SignatureExpiredException(string message) : base(message)
    {
    }
}
