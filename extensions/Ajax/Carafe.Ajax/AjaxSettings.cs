namespace Carafe.Ajax;

/// <summary>The extension's configuration keys, read from the app's config with these defaults.</summary>
/// <param name="CsrfEnabled"><c>AJAX_CSRF_ENABLED</c> (true): refuse requests without a valid CSRF token with 400.</param>
/// <param name="CsrfFieldName"><c>WTF_CSRF_FIELD_NAME</c> (<c>csrf_token</c>): a form field that may carry the token instead of the header.</param>
/// <param name="ArgsMaxLength"><c>AJAX_ARGS_MAX_LENGTH</c> (65536): the longest <c>sijax_args</c> accepted, in characters.</param>
/// <param name="ArgsMaxDepth"><c>AJAX_ARGS_MAX_DEPTH</c> (32): the deepest nesting of lists and objects accepted in <c>sijax_args</c>.</param>
public sealed record AjaxSettings(bool CsrfEnabled = true, string CsrfFieldName = "csrf_token", int ArgsMaxLength = 65536, int ArgsMaxDepth = 32)
{
    /// <summary>Reads the settings from the app's config, with the defaults above for missing keys.</summary>
    public static AjaxSettings FromConfig(Config config)
    {
        var defaults = new AjaxSettings();
        return new AjaxSettings(
            config.Get("AJAX_CSRF_ENABLED", defaults.CsrfEnabled),
            config.Get("WTF_CSRF_FIELD_NAME", defaults.CsrfFieldName),
            config.Get("AJAX_ARGS_MAX_LENGTH", defaults.ArgsMaxLength),
            config.Get("AJAX_ARGS_MAX_DEPTH", defaults.ArgsMaxDepth));
    }
}
