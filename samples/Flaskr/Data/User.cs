namespace Flaskr.Data;

/// <summary>A registered author: Flask's <c>user</c> table, plus the email address a password reset is sent to.</summary>
public sealed class User
{
    /// <summary>The key, kept in the session as <c>user_id</c>.</summary>
    public int Id { get; set; }

    /// <summary>The name to log in with; unique.</summary>
    public required string Username { get; set; }

    /// <summary>The Werkzeug-format hash of the password (<c>pbkdf2:sha256:600000$salt$hex</c>).</summary>
    public required string Password { get; set; }

    /// <summary>Where a password reset link is sent; unique.</summary>
    public required string Email { get; set; }

    /// <summary>The posts the user wrote.</summary>
    public List<Post> Posts { get; } = [];
}
