namespace Flaskr.Auth;

/// <summary>What a password reset token turned out to be.</summary>
public enum ResetTokenStatus
{
    /// <summary>Signed by this app for a user who still has the password it was made for.</summary>
    Valid,

    /// <summary>Not signed by this app for password resets, changed, or for a user who no longer exists.</summary>
    Invalid,

    /// <summary>Genuine, but older than <see cref="PasswordResetTokens.MaxAge"/>.</summary>
    Expired,

    /// <summary>Genuine, but the password has changed since: the link was used already.</summary>
    Used,
}
