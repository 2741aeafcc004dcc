namespace Carafe;

/// <summary>A cookie a response sets, with the attributes of Flask's <c>set_cookie</c>.</summary>
/// <param name="Name">The cookie's name.</param>
/// <param name="Value">The value; quoted with octal escapes on the wire when it needs to be, as Werkzeug does.</param>
public sealed record ResponseCookie(string Name, string Value)
{
    /// <summary>Seconds until it expires (sends Max-Age and Expires), or null for a session cookie.</summary>
    public TimeSpan? MaxAge { get; init; }

    /// <summary>When it expires, or null.</summary>
    public DateTimeOffset? Expires { get; init; }

    /// <summary>The path it applies to; "/" by default.</summary>
    public string? Path { get; init; } = "/";

    /// <summary>The domain it applies to, or null for the request's host.</summary>
    public string? Domain { get; init; }

    /// <summary>Sent only over HTTPS.</summary>
    public bool Secure { get; init; }

    /// <summary>Hidden from JavaScript.</summary>
    public bool HttpOnly { get; init; }

    /// <summary><c>Strict</c>, <c>Lax</c>, <c>None</c>, or null to send no SameSite attribute.</summary>
    public string? SameSite { get; init; }
}
