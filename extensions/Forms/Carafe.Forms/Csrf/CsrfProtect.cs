using Carafe.Forms.Binding;
using Carafe.Security;
using Microsoft.Extensions.Options;

namespace Carafe.Forms;

/// <summary>
/// Flask-WTF's <c>CSRFProtect</c>, installed with the extension: before every POST, PUT, PATCH and DELETE
/// (<c>WTF_CSRF_METHODS</c>) the token is looked for in the form field (<c>WTF_CSRF_FIELD_NAME</c>, also
/// with a form's prefix), then in the <c>WTF_CSRF_HEADERS</c>, and checked; on HTTPS the Referer must be
/// this host (<c>WTF_CSRF_SSL_STRICT</c>). A refusal is a <see cref="CsrfException"/>, answered with 400.
/// <c>WTF_CSRF_ENABLED</c> false turns it off; <c>WTF_CSRF_CHECK_DEFAULT</c> false leaves it to views that
/// take a <see cref="CsrfProtect"/> and call <see cref="Protect"/>.
/// </summary>
public sealed class CsrfProtect
{
    private static readonly string[] DefaultMethods = ["POST", "PUT", "PATCH", "DELETE"];
    private static readonly string[] DefaultHeaders = ["X-CSRFToken", "X-CSRF-Token"];

    private readonly FormsRequest _current;
    private readonly ICsrfTokens? _tokens;
    private readonly FormsState _state;
    private readonly CsrfProtectOptions _options;

    internal CsrfProtect(FormsRequest current, ICsrfTokens? tokens, FormsState state, IOptions<CsrfProtectOptions> options)
    {
        _current = current;
        _tokens = tokens;
        _state = state;
        _options = options.Value;
    }

    /// <summary>The current request's token, as <c>generate_csrf()</c>.</summary>
    public string Token() => Tokens.Generate();

    /// <summary>
    /// Checks the current request now, as <c>csrf.protect()</c>: nothing for methods outside
    /// <c>WTF_CSRF_METHODS</c>, else the token and, on HTTPS, the referrer.
    /// </summary>
    /// <exception cref="CsrfException">The token is missing, expired or invalid, or the referrer is missing or another site's.</exception>
    public void Protect()
    {
        var request = _current.Request ?? throw new InvalidOperationException("CsrfProtect.Protect checks the current request: call it from a view or a hook.");
        var config = _state.Config;
        if (!Strings(config, "WTF_CSRF_METHODS", DefaultMethods).Contains(request.Method))
        {
            return;
        }
        Tokens.Validate(TokenSent(request, config));
        if (request.Scheme == "https" && config.Get("WTF_CSRF_SSL_STRICT", true))
        {
            var referrer = request.Headers["Referer"];
            if (string.IsNullOrEmpty(referrer))
            {
                throw new CsrfException("The referrer header is missing.");
            }
            if (!Referrers.SameOrigin(referrer, $"https://{request.Host}/"))
            {
                throw new CsrfException("The referrer does not match the host.");
            }
        }
        if (_current.G is { } g)
        {
            g["csrf_valid"] = true;
        }
    }

    /// <summary>The app-wide check before every request, as <c>CSRFProtect</c>'s <c>before_request</c>.</summary>
    internal void CheckDefault()
    {
        var request = _current.Request!;
        var config = _state.Config;
        if (!config.Get("WTF_CSRF_ENABLED", true) || !config.Get("WTF_CSRF_CHECK_DEFAULT", true)
            || !Strings(config, "WTF_CSRF_METHODS", DefaultMethods).Contains(request.Method)
            || request.Endpoint is null
            || (request.Blueprint is { } blueprint && _options.Blueprints.Contains(blueprint))
            || _options.Endpoints.Contains(request.Endpoint))
        {
            return;
        }
        Protect();
    }

    private ICsrfTokens Tokens => _tokens ?? throw new InvalidOperationException("The app has no ICsrfTokens service; Carafe registers one in every app.");

    private static string? TokenSent(Request request, Config config)
    {
        var field = config.Get("WTF_CSRF_FIELD_NAME", "csrf_token");
        if (request.Form.Get(field) is { Length: > 0 } token)
        {
            return token;
        }
        // A form with a prefix sends it as {prefix}-csrf_token.
        foreach (var (key, value) in request.Form)
        {
            if (key.EndsWith(field, StringComparison.Ordinal) && value.Length > 0)
            {
                return value;
            }
        }
        foreach (var header in Strings(config, "WTF_CSRF_HEADERS", DefaultHeaders))
        {
            if (request.Headers[header] is { Length: > 0 } sent)
            {
                return sent;
            }
        }
        return null;
    }

    // Lists from code stay lists; from appsettings.json or the environment they come as "POST,PUT".
    private static IReadOnlyCollection<string> Strings(Config config, string key, string[] defaults) => config[key] switch
    {
        null => defaults,
        string text => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        IEnumerable<string> items => items.ToList(),
        _ => defaults,
    };
}
