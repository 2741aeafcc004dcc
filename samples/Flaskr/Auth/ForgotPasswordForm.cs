using Carafe.Forms.Validators;

namespace Flaskr.Auth;

/// <summary>"Forgot your password?": the address a reset link is sent to.</summary>
public sealed class ForgotPasswordForm
{
    /// <summary>The address the user registered with.</summary>
    [DataRequired(Message = "Email is required."), Email]
    public string? Email { get; set; }
}
