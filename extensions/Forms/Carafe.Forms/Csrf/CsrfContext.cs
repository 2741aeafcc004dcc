using Carafe.Security;

namespace Carafe.Forms.Csrf;

/// <summary>A form's CSRF check for the current request: the token service, and whether <c>CsrfProtect</c> already accepted the request.</summary>
internal sealed class CsrfContext(ICsrfTokens tokens, bool alreadyValid)
{
    public bool AlreadyValid { get; } = alreadyValid;

    public string Token() => tokens.Generate();

    public void Validate(string? token) => tokens.Validate(token);
}
