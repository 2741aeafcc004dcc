using Carafe.Forms;
using Carafe.Forms.Validators;

namespace Flaskr.Auth;

/// <summary>The registration form; the messages are the Flask tutorial's, checked in its order (username, then password).</summary>
public sealed class RegisterForm
{
    /// <summary>The name to log in with.</summary>
    [DataRequired(Message = "Username is required.")]
    public string? Username { get; set; }

    /// <summary>The password, stored only as a hash.</summary>
    [Password, DataRequired(Message = "Password is required.")]
    public string? Password { get; set; }

    /// <summary>Where a password reset link is sent.</summary>
    [DataRequired(Message = "Email is required."), Email]
    public string? Email { get; set; }
}
