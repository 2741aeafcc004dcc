using System.Globalization;
using System.Net.Security;

namespace Carafe.Mail;

/// <summary>
/// Flask-Mail's configuration, with its keys and defaults, plus Carafe's outbox keys.
/// <see cref="FromConfig"/> reads an app's config (any set of key/value pairs, so this
/// library needs no reference to the app).
/// </summary>
public sealed record MailSettings
{
    /// <summary><c>MAIL_SERVER</c>: the SMTP host; <c>localhost</c>.</summary>
    public string Server { get; init; } = "localhost";

    /// <summary>Whether <c>MAIL_SERVER</c> was set; with none in debug, mail goes to the development outbox.</summary>
    public bool ServerConfigured { get; init; }

    /// <summary><c>MAIL_PORT</c>: 25.</summary>
    public int Port { get; init; } = 25;

    /// <summary><c>MAIL_USE_TLS</c>: upgrade the connection with STARTTLS; false.</summary>
    public bool UseTls { get; init; }

    /// <summary><c>MAIL_USE_SSL</c>: connect over TLS from the start; false.</summary>
    public bool UseSsl { get; init; }

    /// <summary><c>MAIL_USERNAME</c>: log in with AUTH when set; null.</summary>
    public string? Username { get; init; }

    /// <summary><c>MAIL_PASSWORD</c>; null.</summary>
    public string? Password { get; init; }

    /// <summary><c>MAIL_DEFAULT_SENDER</c>: the From of messages that set none; null.</summary>
    public string? DefaultSender { get; init; }

    /// <summary><c>MAIL_MAX_EMAILS</c>: a bulk connection reconnects after this many messages; null for never.</summary>
    public int? MaxEmails { get; init; }

    /// <summary><c>MAIL_SUPPRESS_SEND</c>: dispatch (record, raise events) without connecting; the app's <c>TESTING</c>.</summary>
    public bool SuppressSend { get; init; }

    /// <summary><c>MAIL_ASCII_ATTACHMENTS</c>: reduce attachment file names to ASCII; false.</summary>
    public bool AsciiAttachments { get; init; }

    /// <summary><c>MAIL_DEBUG</c>: write the SMTP conversation to standard error; the app's <c>DEBUG</c>.</summary>
    public bool Debug { get; init; }

    /// <summary>
    /// <c>MAIL_OUTBOX</c> (Carafe): where the durable outbox keeps its messages, a SQLite file
    /// (a path, or <c>sqlite:///path</c>) or a PostgreSQL database shared by the app's instances
    /// (<c>postgresql://user:password@host:port/database</c>). When set, sending stores the
    /// message there and a background worker delivers it, retrying until the server takes it;
    /// null sends at once.
    /// </summary>
    public string? OutboxPath { get; init; }

    /// <summary><c>MAIL_OUTBOX_RETRY_DELAY</c> (Carafe, seconds): the first wait after a failed attempt, doubled each time; 5.</summary>
    public TimeSpan OutboxRetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary><c>MAIL_OUTBOX_MAX_RETRY_DELAY</c> (Carafe, seconds): the longest wait between attempts; 600.</summary>
    public TimeSpan OutboxMaxRetryDelay { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary><c>MAIL_TIMEOUT</c> (Carafe, seconds, as Flask-Mailman's): how long each SMTP operation (connect, a command, the message data) may wait for the server; 120, MailKit's default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// <c>MAIL_OUTBOX_LEASE</c> (Carafe, seconds): how long a worker of a PostgreSQL outbox holds a
    /// message it took; when the lease runs out, the worker is taken for dead and any instance
    /// may send the message again. It must be longer than sending one message can take, so above
    /// <c>MAIL_TIMEOUT</c>; null (the default) is twice <c>MAIL_TIMEOUT</c>, and at least 300.
    /// </summary>
    public TimeSpan? OutboxLease { get; init; }

    /// <summary>The lease in force: <see cref="OutboxLease"/>, or twice <see cref="Timeout"/> and at least 300 seconds.</summary>
    internal TimeSpan EffectiveOutboxLease => OutboxLease ?? TimeSpan.FromSeconds(Math.Max(300, 2 * Timeout.TotalSeconds));

    /// <summary><c>MAIL_OUTBOX_HEALTH_BACKLOG</c> (Carafe): how many messages may wait for delivery before the <c>mail:outbox</c> health check reports the app degraded; 100.</summary>
    public int OutboxHealthBacklog { get; init; } = 100;

    /// <summary>Checks the server's certificate (set from code only, e.g. to trust a test server); null uses the system's checks.</summary>
    public RemoteCertificateValidationCallback? ServerCertificateValidation { get; init; }

    /// <summary>
    /// Reads the <c>MAIL_*</c> keys of an app's config. Values may be typed or, as from files and
    /// the environment, strings (<c>"true"</c>, <c>"587"</c>); <c>TESTING</c> and <c>DEBUG</c> give
    /// the defaults of <c>MAIL_SUPPRESS_SEND</c> and <c>MAIL_DEBUG</c>, as in Flask-Mail.
    /// </summary>
    /// <exception cref="InvalidOperationException">A value cannot be read as its key's type.</exception>
    public static MailSettings FromConfig(IEnumerable<KeyValuePair<string, object?>> config)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in config)
        {
            values[key] = value;
        }
        var defaults = new MailSettings();
        var testing = Bool(values, "TESTING", false);
        var debug = Bool(values, "DEBUG", false);
        return new MailSettings
        {
            Server = Text(values, "MAIL_SERVER") ?? defaults.Server,
            ServerConfigured = Text(values, "MAIL_SERVER") is not null,
            Port = Int(values, "MAIL_PORT") ?? defaults.Port,
            UseTls = Bool(values, "MAIL_USE_TLS", false),
            UseSsl = Bool(values, "MAIL_USE_SSL", false),
            Username = Text(values, "MAIL_USERNAME"),
            Password = Text(values, "MAIL_PASSWORD"),
            DefaultSender = Text(values, "MAIL_DEFAULT_SENDER"),
            MaxEmails = Int(values, "MAIL_MAX_EMAILS"),
            SuppressSend = Bool(values, "MAIL_SUPPRESS_SEND", testing),
            AsciiAttachments = Bool(values, "MAIL_ASCII_ATTACHMENTS", false),
            Debug = Bool(values, "MAIL_DEBUG", debug),
            OutboxPath = Text(values, "MAIL_OUTBOX"),
            OutboxRetryDelay = Seconds(values, "MAIL_OUTBOX_RETRY_DELAY") ?? defaults.OutboxRetryDelay,
            OutboxMaxRetryDelay = Seconds(values, "MAIL_OUTBOX_MAX_RETRY_DELAY") ?? defaults.OutboxMaxRetryDelay,
            OutboxHealthBacklog = Int(values, "MAIL_OUTBOX_HEALTH_BACKLOG") ?? defaults.OutboxHealthBacklog,
            Timeout = Seconds(values, "MAIL_TIMEOUT") ?? defaults.Timeout,
            OutboxLease = Seconds(values, "MAIL_OUTBOX_LEASE"),
        };
    }

    private static string? Text(Dictionary<string, object?> values, string key) =>
        values.GetValueOrDefault(key) is { } value ? Convert.ToString(value, CultureInfo.InvariantCulture) : null;

    private static bool Bool(Dictionary<string, object?> values, string key, bool defaultValue) => values.GetValueOrDefault(key) switch
    {
        null => defaultValue,
        bool b => b,
        string s when bool.TryParse(s, out var b) => b,
        string s when s is "1" or "0" => s == "1",
        var other => throw Invalid(key, other, "true or false"),
    };

    private static int? Int(Dictionary<string, object?> values, string key) => values.GetValueOrDefault(key) switch
    {
        null => null,
        int i => i,
        long l and >= int.MinValue and <= int.MaxValue => (int)l,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) => i,
        var other => throw Invalid(key, other, "a whole number"),
    };

    private static TimeSpan? Seconds(Dictionary<string, object?> values, string key) => values.GetValueOrDefault(key) switch
    {
        null => null,
        TimeSpan t => t,
        int i => TimeSpan.FromSeconds(i),
        double d => TimeSpan.FromSeconds(d),
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => TimeSpan.FromSeconds(d),
        var other => throw Invalid(key, other, "a number of seconds"),
    };

    private static InvalidOperationException Invalid(string key, object value, string expected) =>
        new($"Config value {key} = '{value}' is not {expected}.");
}
