using Carafe.Extensions;
using Carafe.Forms;
using Carafe.Forms.Binding;
using Carafe.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

[assembly: CarafeExtension(typeof(FormsExtension), "Forms", "0.1.0", Supports = "[0.1, 1.0)")]

namespace Carafe.Forms;

/// <summary>
/// Plugs Flask-WTF into an app, referenced as a package or dropped into the plugins folder:
/// <see cref="Forms"/> and <see cref="CsrfProtect"/> in the request's services, the app-wide CSRF check
/// before every request, the <c>csrf_token()</c> template global, and the <c>forms/macros.html</c> macros.
/// </summary>
public sealed class FormsExtension : CarafeExtension
{
    private readonly FormsState _state = new();
    private ICsrfTokens? _tokens;

    /// <inheritdoc/>
    public override void ConfigureServices(ExtensionServicesContext context)
    {
        context.Services.AddSingleton(_state);
        context.Services.AddOptions<CsrfProtectOptions>();
        context.Services.AddScoped<FormsRequest>();
        context.Services.AddScoped(s => new Forms(s.GetRequiredService<FormsRequest>(), s, s.GetRequiredService<FormsState>()));
        context.Services.AddScoped(s => new CsrfProtect(s.GetRequiredService<FormsRequest>(), s.GetService<ICsrfTokens>(),
            s.GetRequiredService<FormsState>(), s.GetRequiredService<IOptions<CsrfProtectOptions>>()));
    }

    /// <inheritdoc/>
    public override void Initialize(IExtensionApp app)
    {
        _state.Config = app.Config;
        app.BeforeRequest((Request request, G g, FormsRequest current, CsrfProtect csrf, ICsrfTokens? tokens) =>
        {
            current.Request = request;
            current.G = g;
            _tokens ??= tokens;
            csrf.CheckDefault();
        });
        app.AddTemplateGlobal("csrf_token", (Func<string>)(() => (_tokens ?? throw new InvalidOperationException(
            "csrf_token() needs the app's ICsrfTokens service, which the Forms extension takes before each request.")).Generate()));
        app.AddEmbeddedTemplates(typeof(FormsExtension).Assembly, "Carafe.Forms.templates");
    }
}
