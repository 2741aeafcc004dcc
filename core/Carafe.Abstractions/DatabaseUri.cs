using System.Text.RegularExpressions;

namespace Carafe;

/// <summary>
/// A database URL in SQLAlchemy's form, <c>dialect[+driver]://[user[:password]@]host[:port]/database[?key=value&amp;...]</c>
/// (<c>sqlite:///relative.db</c>, <c>sqlite:////absolute.db</c>, <c>sqlite://</c> for memory,
/// <c>postgresql://ann:secret@127.0.0.1:5432/shop</c>), as Flask-SQLAlchemy's
/// <c>SQLALCHEMY_DATABASE_URI</c> takes it. Parsing is pure: no connection is made and no dialect
/// is checked; the extension that reads the URL decides which dialects it serves, and names its
/// configuration key when the URL is bad.
/// </summary>
public sealed partial record DatabaseUri
{
    /// <summary>The dialect, lower case, such as <c>sqlite</c> or <c>postgresql</c>: it chooses the provider.</summary>
    public required string Dialect { get; init; }

    /// <summary>The driver after <c>+</c> (<c>psycopg2</c> in <c>postgresql+psycopg2://</c>), or null; Carafe ignores it.</summary>
    public string? Driver { get; init; }

    /// <summary>The user name, percent-decoded, or null.</summary>
    public string? User { get; init; }

    /// <summary>The password, percent-decoded, or null.</summary>
    public string? Password { get; init; }

    /// <summary>The host, or null.</summary>
    public string? Host { get; init; }

    /// <summary>The port, or null.</summary>
    public int? Port { get; init; }

    /// <summary>The database: a name, or for SQLite a file path (empty or <c>:memory:</c> for memory).</summary>
    public string Database { get; init; } = "";

    /// <summary>The query string's entries, percent-decoded.</summary>
    public IReadOnlyDictionary<string, string> Query { get; init; } = new Dictionary<string, string>();

    /// <summary>The URL with the password replaced by <c>***</c>, for logs and errors.</summary>
    public string Redacted { get; init; } = "";

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">It is not a database URL; the message says why.</exception>
    public static DatabaseUri Parse(string text)
    {
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            throw new FormatException($"'{Redact(text)}' is not a database URL: it should look like 'sqlite:///app.db' or 'postgresql://user:password@host/database'.");
        }
        var scheme = text[..schemeEnd].ToLowerInvariant();
        if (!scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '_' or '-'))
        {
            throw new FormatException($"'{Redact(text)}' is not a database URL: '{text[..schemeEnd]}' is not a dialect name.");
        }
        var plus = scheme.IndexOf('+');
        var rest = text[(schemeEnd + 3)..];
        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        var questionMark = rest.IndexOf('?');
        if (questionMark >= 0)
        {
            foreach (var pair in rest[(questionMark + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=');
                query[Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals])] = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
            rest = rest[..questionMark];
        }
        var slash = rest.IndexOf('/');
        var authority = slash < 0 ? rest : rest[..slash];
        var database = slash < 0 ? "" : Uri.UnescapeDataString(rest[(slash + 1)..]);
        string? user = null, password = null, host = null;
        int? port = null;
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var credentials = authority[..at];
            var colon = credentials.IndexOf(':');
            user = Uri.UnescapeDataString(colon < 0 ? credentials : credentials[..colon]);
            password = colon < 0 ? null : Uri.UnescapeDataString(credentials[(colon + 1)..]);
            authority = authority[(at + 1)..];
        }
        if (authority.Length > 0)
        {
            var portColon = authority.StartsWith('[') ? authority.IndexOf("]:", StringComparison.Ordinal) + 1 : authority.LastIndexOf(':');
            if (portColon > 0)
            {
                var portText = authority[(portColon + 1)..];
                if (!int.TryParse(portText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
                {
                    throw new FormatException($"'{Redact(text)}' is not a database URL: the port '{portText}' is not a number from 1 to 65535.");
                }
                port = number;
                authority = authority[..portColon];
            }
            host = authority.Trim('[', ']');
        }
        return new DatabaseUri
        {
            Dialect = plus < 0 ? scheme : scheme[..plus],
            Driver = plus < 0 ? null : scheme[(plus + 1)..],
            User = user,
            Password = password,
            Host = host,
            Port = port,
            Database = database,
            Query = query,
            Redacted = Redact(text),
        };
    }

    /// <summary>
    /// <paramref name="text"/> with its passwords hidden, whether or not it parses: the one after
    /// <c>user:</c> (up to the last <c>@</c> before the path or query) and the values of the
    /// <c>password</c>, <c>pwd</c> and <c>psw</c> query keys, which Npgsql reads as passwords too.
    /// </summary>
    private static string Redact(string text) =>
        QueryPassword().Replace(UserInfoPassword().Replace(text, ":***@"), "$1***");

    [GeneratedRegex(":[^/?]*@")]
    private static partial Regex UserInfoPassword();

    [GeneratedRegex("([?&](?:password|pwd|psw)=)[^&]*", RegexOptions.IgnoreCase)]
    private static partial Regex QueryPassword();

    /// <inheritdoc/>
    public override string ToString() => Redacted;
}
