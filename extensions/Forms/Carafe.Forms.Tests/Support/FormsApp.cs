using System.Text.RegularExpressions;
using Carafe.Forms.Validators;
using Carafe.Templating;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Forms.Tests.Support;

/// <summary>A registration form as a Flask-WTF user writes one.</summary>
public sealed class Registration
{
    [DataRequired, Length(Min = 3, Max = 20), RenderKw("autocomplete", "username")]
    public string? Username { get; set; }

    [DataRequired, Email]
    public string? Email { get; set; }

    [Password, DataRequired, Length(Min = 8)]
    public string? Password { get; set; }

    [Password, EqualTo("password", Message = "Passwords must match."), Label("Repeat password")]
    public string? Confirm { get; set; }

    [NumberRange(Min = 13), Optional]
    public int? Age { get; set; }

    [Label("I accept the terms"), DataRequired]
    public bool AcceptTerms { get; set; }
}

/// <summary>A scoped service, as a database would be: which user names are taken.</summary>
public sealed class Users
{
    public List<string> Taken { get; } = ["admin"];

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) => Task.FromResult(Taken.Contains(name, StringComparer.OrdinalIgnoreCase));
}

/// <summary>"Username not taken": an async FluentValidation rule that needs the scoped <see cref="Users"/>.</summary>
public sealed class RegistrationValidator : AbstractValidator<Registration>
{
    public RegistrationValidator(Users users)
    {
        RuleFor(r => r.Username).MustAsync(async (name, token) => name is null || !await users.ExistsAsync(name, token)).WithMessage("That name is taken.");
        RuleFor(r => r).Must(r => r.Username != r.Password).WithMessage("Your password may not be your user name.").OverridePropertyName("");
    }
}

/// <summary>An app in testing mode with the Forms extension referenced, a registration page and a JSON API.</summary>
internal static class FormsApp
{
    public static CarafeApp Create(Action<CarafeApp>? configure = null)
    {
        var app = new CarafeApp();
        app.Extensions.Options.Enabled = ["Forms"];
        app.Config["TESTING"] = true;
        app.Config["SECRET_KEY"] = "forms-test-secret";
        app.Services.AddScoped<Users>();
        // A JSON API authenticates otherwise than with a session, so it goes without CSRF.
        app.Services.Configure<CsrfProtectOptions>(o => o.Exempt("api_users"));
        app.Services.AddScoped<IValidator<Registration>, RegistrationValidator>();
        app.AddTemplateLoader(new DictLoader(new Dictionary<string, string>
        {
            ["register.html"] = """
                {% from "forms/macros.html" import render_field %}<form method="post">{{ form.hidden_tag() }}
                {% for field in form if field.type != "CSRFTokenField" %}{{ render_field(field) }}{% endfor %}
                {% for error in form.form_errors %}<p class="form-error">{{ error }}</p>{% endfor %}</form>
                """,
            ["plain.html"] = """<form method="post"><input type="hidden" name="csrf_token" value="{{ csrf_token() }}"></form>""",
        }));
        app.Route("/register", async (Forms forms, Carafe.Extensions.IViewHelpers views) =>
        {
            var form = forms.Create<Registration>();
            if (await form.ValidateOnSubmitAsync())
            {
                var user = new Registration();
                form.PopulateObj(user);
                return (object)$"Welcome {user.Username} ({user.Email}, {user.Age?.ToString() ?? "no age"}, terms {user.AcceptTerms})";
            }
            return views.RenderTemplate("register.html", new { form });
        }, methods: ["GET", "POST"], endpoint: "register");
        app.Route("/plain", (Carafe.Extensions.IViewHelpers views) => views.RenderTemplate("plain.html"), methods: ["GET", "POST"], endpoint: "plain");
        app.Post("/api/users", async (Forms forms) =>
        {
            var user = await forms.Create<Registration>(csrf: false).ValidatedDataAsync();
            return (object)new Dictionary<string, object?> { ["created"] = user.Username };
        }, endpoint: "api_users");
        app.Post("/webhook", () => "hooked", endpoint: "webhook");
        configure?.Invoke(app);
        return app;
    }

    public static string TokenIn(string html) =>
        Regex.Match(html, "name=\"csrf_token\" type=\"hidden\" value=\"([^\"]+)\"|name=\"csrf_token\" value=\"([^\"]+)\"") is { Success: true } match
            ? match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value
            : throw new InvalidOperationException("No CSRF token in: " + html);

    public static Dictionary<string, string> Valid(string token) => new()
    {
        ["csrf_token"] = token, ["username"] = "ada", ["email"] = "ada@example.com", ["password"] = "analytical",
        ["confirm"] = "analytical", ["age"] = "36", ["accept_terms"] = "y",
    };
}

/// <summary>A clock the test moves, for token expiry.</summary>
internal sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
