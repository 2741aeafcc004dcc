using System.Collections;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Carafe;

/// <summary>
/// The app's configuration, as Flask's <c>app.config</c>: a dictionary keyed by Flask's names
/// (<c>SECRET_KEY</c>, <c>MAX_CONTENT_LENGTH</c>, ...), filled from Flask's defaults, then
/// <c>appsettings.json</c>, then <c>CARAFE_</c>-prefixed environment variables, then code.
/// Values from files and the environment arrive as strings; the typed getters convert them.
/// </summary>
public sealed class Config : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal)
    {
        ["DEBUG"] = false,
        ["TESTING"] = false,
        ["SECRET_KEY"] = null,
        ["SECRET_KEY_FALLBACKS"] = null,
        ["PERMANENT_SESSION_LIFETIME"] = TimeSpan.FromDays(31),
        ["SESSION_COOKIE_NAME"] = "session",
        ["SESSION_COOKIE_DOMAIN"] = null,
        ["SESSION_COOKIE_PATH"] = null,
        ["SESSION_COOKIE_HTTPONLY"] = true,
        ["SESSION_COOKIE_SECURE"] = false,
        // Flask sends no SameSite by default; Carafe's defaults are safe (DESIGN.md), so Lax.
        ["SESSION_COOKIE_SAMESITE"] = "Lax",
        ["SESSION_REFRESH_EACH_REQUEST"] = true,
        ["MAX_CONTENT_LENGTH"] = null,
        ["SEND_FILE_MAX_AGE_DEFAULT"] = null,
        ["UPLOAD_FOLDER"] = null,
        ["APPLICATION_ROOT"] = "/",
        ["PREFERRED_URL_SCHEME"] = "http",
        ["SERVER_NAME"] = null,
        ["TEMPLATES_AUTO_RELOAD"] = null,
        ["PROPAGATE_EXCEPTIONS"] = null,
    };

    /// <summary>The value of <paramref name="key"/>, or null when it is not set.</summary>
    public object? this[string key]
    {
        get => _values.GetValueOrDefault(key);
        set => _values[key] = value;
    }

    /// <summary>The live values as a plain mapping, the form templates read (<c>config.SECRET_KEY</c>).</summary>
    internal IDictionary AsMapping => _values;

    /// <summary>Whether <paramref name="key"/> has an entry.</summary>
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <summary>
    /// The value of <paramref name="key"/> as <typeparamref name="T"/>, or <paramref name="defaultValue"/>
    /// when it is not set. Strings from files and the environment are parsed with the invariant
    /// culture (<c>"true"</c>, <c>"65536"</c>, and durations as seconds or <c>d.hh:mm:ss</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The value cannot be read as <typeparamref name="T"/>.</exception>
    public T Get<T>(string key, T defaultValue)
    {
        var value = this[key];
        if (value is null)
        {
            return defaultValue;
        }
        if (value is T typed)
        {
            return typed;
        }
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        try
        {
            return (T)Convert(value, target);
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
        {
            throw new InvalidOperationException($"Config value {key} = '{value}' is not a valid {target.Name}.", e);
        }
    }

    private static object Convert(object value, Type target)
    {
        if (target == typeof(TimeSpan))
        {
            return value switch
            {
                string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) => TimeSpan.FromSeconds(seconds),
                string s => TimeSpan.Parse(s, CultureInfo.InvariantCulture),
                IConvertible n => TimeSpan.FromSeconds(n.ToDouble(CultureInfo.InvariantCulture)),
                _ => throw new InvalidCastException(),
            };
        }
        if (target == typeof(bool) && value is string text)
        {
            return text.Trim().ToLowerInvariant() switch
            {
                "true" or "1" or "yes" or "on" => true,
                "false" or "0" or "no" or "off" or "" => false,
                _ => throw new FormatException(),
            };
        }
        if (target == typeof(string[]) && value is string list)
        {
            return list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    /// <summary>Copies every key of <paramref name="configuration"/> that is written in Flask's upper case.</summary>
    public void Load(IConfiguration configuration)
    {
        foreach (var (key, value) in configuration.AsEnumerable())
        {
            if (value is not null && !key.Contains(':') && key.Length > 0 && key.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '_'))
            {
                _values[key] = value;
            }
        }
    }

    /// <summary>The keys and values.</summary>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
