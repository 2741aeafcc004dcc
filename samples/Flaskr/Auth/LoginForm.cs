using Carafe.Forms;

namespace Flaskr.Auth;

/// <summary>
/// The login form. No validators: as in Flask's tutorial, an unknown (or empty) username is
/// "Incorrect username." and a wrong (or empty) password "Incorrect password.".
/// </summary>
public sealed class LoginForm
{
    /// <summary>The name the user registered with.</summary>
    public string? Username { get; set; }

    /// <summary>The password.</summary>
    [Password]
    public string? Password { get; set; }
}
