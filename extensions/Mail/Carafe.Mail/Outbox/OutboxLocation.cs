using System.Text.RegularExpressions;
using Npgsql;

namespace Carafe.Mail.Outbox;

/// <summary>
/// Reads <c>MAIL_OUTBOX</c>: a file path (or <c>sqlite:///path</c>) is a SQLite file; a
/// <c>postgresql://</c> or <c>postgres://</c> URL, in Flask-SQLAlchemy's form, is a PostgreSQL
/// database whose query keywords (<c>?sslmode=require</c>) are Npgsql's. Anything else stops the
/// app with an error naming the key.
/// </summary>
internal static partial class OutboxLocation
{
    public const string Key = "MAIL_OUTBOX";

    /// <exception cref="InvalidOperationException"><c>MAIL_OUTBOX</c> is not a path or a usable URL.</exception>
    public static IOutboxStore Open(MailSettings settings)
    {
        var value = settings.OutboxPath!;
        if (!value.Contains("://", StringComparison.Ordinal) && !LooksLikeUrl().IsMatch(value))
        {
            return new SqliteOutboxStore(value, settings.OutboxRetryDelay);
        }
        DatabaseUri uri;
        try
        {
            uri = DatabaseUri.Parse(value);
        }
        catch (FormatException e)
        {
            throw Invalid(e.Message);
        }
        return uri.Dialect switch
        {
            "postgresql" or "postgres" => new PostgreSqlOutboxStore(ConnectionString(uri), uri.Redacted, settings.OutboxRetryDelay, Lease(settings)),
            "sqlite" when uri.Host is null && uri.Database is not ("" or ":memory:") => new SqliteOutboxStore(uri.Database, settings.OutboxRetryDelay),
            "sqlite" => throw Invalid($"'{uri}' names no file: the outbox must outlive the app, so write 'sqlite:///relative/path.db' or 'sqlite:////absolute/path.db'."),
            _ => throw Invalid($"'{uri}' is a {uri.Dialect} URL: the outbox is a SQLite file (a path, or 'sqlite:///path') or a PostgreSQL database ('postgresql://user:password@host:port/database')."),
        };
    }

    /// <summary>The lease of a PostgreSQL outbox, refused unless longer than the SMTP timeout: a lease that runs out while the server may still answer lets another instance send the message too.</summary>
    private static TimeSpan Lease(MailSettings settings)
    {
        var lease = settings.EffectiveOutboxLease;
        if (lease <= settings.Timeout)
        {
            throw new InvalidOperationException(
                $"MAIL_OUTBOX_LEASE: {lease.TotalSeconds} seconds is not longer than MAIL_TIMEOUT ({settings.Timeout.TotalSeconds} seconds): "
                + "a worker still waiting for the SMTP server would lose the message to another instance, which would send it again. Make the lease longer than sending one message can take.");
        }
        return lease;
    }

    /// <summary>Npgsql's connection string for the URL's host, port, user, password, database and query keywords.</summary>
    private static string ConnectionString(DatabaseUri uri)
    {
        var builder = new NpgsqlConnectionStringBuilder { Username = uri.User, Password = uri.Password };
        if (uri.Host is { Length: > 0 } host)
        {
            builder.Host = host;
        }
        if (uri.Port is { } port)
        {
            builder.Port = port;
        }
        if (uri.Database.Length > 0)
        {
            builder.Database = uri.Database;
        }
        foreach (var (name, value) in uri.Query)
        {
            if (!builder.ContainsKey(name))
            {
                throw Invalid($"'{uri}': '?{name}=' is not an Npgsql connection string keyword (such as sslmode or timeout).");
            }
            try
            {
                builder[name] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                throw Invalid($"'{uri}': '{value}' is not a value of '?{name}=' ({e.Message}).");
            }
        }
        if (builder.Host is null)
        {
            throw Invalid($"'{uri}' names no host: write 'postgresql://user:password@host:port/database'.");
        }
        return builder.ConnectionString;
    }

    /// <summary>
    /// A scheme of two letters or more and a colon (<c>postgresql:/db</c>, <c>postgres:host/db</c>):
    /// a mistyped URL, which must not quietly become a local file per instance. (A single letter
    /// is a Windows drive.)
    /// </summary>
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+_-]+:")]
    private static partial Regex LooksLikeUrl();

    private static InvalidOperationException Invalid(string problem) => new($"{Key}: {problem}");
}
