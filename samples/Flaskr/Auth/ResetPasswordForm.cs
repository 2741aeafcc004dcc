using Carafe.Forms;
using Carafe.Forms.Validators;

namespace Flaskr.Auth;

/// <summary>The new password, typed twice, on the page a reset link opens.</summary>
public sealed class ResetPasswordForm
{
    /// <summary>The new password.</summary>
    [Password, Label("New password"), DataRequired(Message = "Password is required.")]
    public string? Password { get; set; }

    /// <summary>The new password again.</summary>
    [Password, Label("Repeat the new password"), EqualTo("password", Message = "The passwords do not match.")]
    public string? Confirm { get; set; }
}
