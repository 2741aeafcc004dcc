using Carafe.Forms.Binding;
using Carafe.Forms.Csrf;
using Carafe.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Forms;

/// <summary>
/// Makes forms bound to the current request: a view takes <c>Forms forms</c> and calls
/// <c>forms.Create&lt;RegistrationForm&gt;()</c>, as Flask-WTF's <c>RegistrationForm()</c> binds
/// <c>request.form</c>, <c>request.files</c> or a JSON body by itself. One per request.
/// </summary>
public sealed class Forms
{
    private readonly FormsRequest _current;
    private readonly IServiceProvider _services;
    private readonly FormsState _state;

    internal Forms(FormsRequest current, IServiceProvider services, FormsState state)
    {
        _current = current;
        _services = services;
        _state = state;
    }

    /// <summary>
    /// A form of class <typeparamref name="T"/> bound to the request: from the submitted data when the
    /// request is a submission, else from <paramref name="obj"/> (a record being edited, as WTForms'
    /// <c>obj=</c>) or the class's defaults.
    /// </summary>
    /// <param name="obj">The object whose values fill the form when nothing was submitted.</param>
    /// <param name="prefix">Prepended with a hyphen to every field's name, for several forms on one page.</param>
    /// <param name="csrf">Whether the form carries and checks a CSRF token; <c>WTF_CSRF_ENABLED</c> (true) by default.</param>
    /// <exception cref="InvalidOperationException">There is no current request, or CSRF is on without a token service.</exception>
    public Form<T> Create<T>(T? obj = null, string prefix = "", bool? csrf = null) where T : class
    {
        var request = _current.Request ?? throw new InvalidOperationException(
            "Forms.Create needs the current request: call it from a view or a hook of an app that loaded the Forms extension.");
        var config = _state.Config;
        CsrfContext? context = null;
        if (csrf ?? config.Get("WTF_CSRF_ENABLED", true))
        {
            var tokens = _services.GetService<ICsrfTokens>() ?? throw new InvalidOperationException(
                "CSRF is on but the app has no ICsrfTokens service. Carafe registers one in every app; set WTF_CSRF_ENABLED to false to go without.");
            context = new CsrfContext(tokens, _current.G?.Get("csrf_valid") is true);
            // Made now, before the page is rendered: a streamed page can no longer set the session cookie.
            context.Token();
        }
        var fullPrefix = prefix.Length == 0 || prefix.EndsWith('-') ? prefix : prefix + "-";
        return new Form<T>(FormData.From(request), obj, context, config.Get("WTF_CSRF_FIELD_NAME", "csrf_token"), fullPrefix, request, _services);
    }
}
