namespace Carafe.Mail;

/// <summary>Where dispatched messages go, decided once from the settings.</summary>
internal enum Delivery
{
    /// <summary><c>MAIL_SUPPRESS_SEND</c>: nowhere; only recorders and events see them.</summary>
    Suppressed,

    /// <summary>Debug with no <c>MAIL_SERVER</c>: kept in memory for the debug page.</summary>
    Development,

    /// <summary><c>MAIL_OUTBOX</c>: stored in SQLite or PostgreSQL and delivered in the background.</summary>
    Outbox,

    /// <summary>Straight to the SMTP server, failing if it does not take them.</summary>
    Smtp,
}
