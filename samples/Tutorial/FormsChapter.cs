using Carafe;
using Carafe.Forms;
using Carafe.Forms.Validators;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using static Carafe.Helpers;

namespace Tutorial;

/// <summary>
/// The forms chapter: a registration form declared as a class, checked by WTForms' validators and an
/// async FluentValidation rule, protected against CSRF, its errors shown next to its fields with the
/// values kept. (The Mail chapter's contact form is a Forms form too: see <see cref="ContactForm"/>.)
/// </summary>
public static class FormsChapter
{
    /// <summary>What a visitor fills in to register.</summary>
    public sealed class RegistrationForm
    {
        /// <summary>The name to sign in with.</summary>
        [DataRequired, Length(Min = 3, Max = 20), Regexp("^[A-Za-z0-9_]+$", Message = "Letters, digits and underscores only.")]
        public string? Username { get; set; }

        /// <summary>Where to write to the member.</summary>
        [DataRequired, Email]
        public string? Email { get; set; }

        /// <summary>The password, never sent back to the browser.</summary>
        [Password, DataRequired, Length(Min = 8)]
        public string? Password { get; set; }

        /// <summary>The password again.</summary>
        [Password, EqualTo("password", Message = "Passwords must match."), Label("Repeat password")]
        public string? Confirm { get; set; }

        /// <summary>The member's favourite language, one of the choices.</summary>
        [Choice("py", "Python"), Choice("cs", "C#"), Choice("rb", "Ruby")]
        public string Language { get; set; } = "cs";

        /// <summary>Whether the terms were accepted; required.</summary>
        [DataRequired(Message = "Please accept the terms."), Label("I accept the terms")]
        public bool AcceptTerms { get; set; }
    }

    /// <summary>The registered members, kept in memory for the tutorial; "admin" is taken from the start.</summary>
    public sealed class Members
    {
        private readonly List<string> _names = ["admin"];

        /// <summary>Whether <paramref name="name"/> is taken, ignoring case; async, as a database lookup is.</summary>
        public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
        {
            lock (_names)
            {
                return Task.FromResult(_names.Contains(name, StringComparer.OrdinalIgnoreCase));
            }
        }

        /// <summary>Registers <paramref name="name"/>.</summary>
        public void Add(string name)
        {
            lock (_names)
            {
                _names.Add(name);
            }
        }
    }

    /// <summary>"That name is taken": a rule that needs a service, so it lives in a FluentValidation validator resolved per request.</summary>
    public sealed class RegistrationValidator : AbstractValidator<RegistrationForm>
    {
        /// <summary>Creates the validator over the members.</summary>
        public RegistrationValidator(Members members)
        {
            RuleFor(form => form.Username)
                .MustAsync(async (name, token) => name is null || !await members.ExistsAsync(name, token))
                .WithMessage("That name is taken.");
        }
    }

    /// <summary>Adds the chapter's services and its page at <c>/register</c>.</summary>
    public static void Map(CarafeApp app)
    {
        // The quickstart chapters post plain HTML forms without a token, so CsrfProtect checks only the
        // views that ask (csrf.Protect()); every Forms form still carries and checks its own token.
        app.Config["WTF_CSRF_CHECK_DEFAULT"] = false;
        app.Services.AddSingleton<Members>();
        app.Services.AddScoped<IValidator<RegistrationForm>, RegistrationValidator>();
        app.Route("/register", async (Forms forms, Members members) =>
        {
            var form = forms.Create<RegistrationForm>();
            if (await form.ValidateOnSubmitAsync())
            {
                var member = form.Data;
                members.Add(member.Username!);
                Flash($"Welcome, {member.Username}! You are registered.");
                return Redirect(UrlFor("register"));
            }
            return (object)RenderTemplate("forms/register.html", new { form });
        }, methods: ["GET", "POST"], endpoint: "register");
    }
}
