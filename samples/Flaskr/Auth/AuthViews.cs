using Carafe;
using Carafe.Extensions;
using Carafe.Forms;
using Carafe.Mail;
using Carafe.Orm;
using Flaskr.Data;
using Microsoft.EntityFrameworkCore;
using static Carafe.Helpers;

namespace Flaskr.Auth;

/// <summary>The <c>auth</c> blueprint at <c>/auth</c>: register, log in, log out, and reset a forgotten password by mail.</summary>
public static class AuthViews
{
    /// <summary>The blueprint, to register on the app.</summary>
    public static Blueprint Blueprint()
    {
        var bp = new Blueprint("auth", urlPrefix: "/auth");
        bp.Route("/register", Register, methods: ["GET", "POST"]);
        bp.Route("/login", Login, methods: ["GET", "POST"]);
        bp.Get("/logout", Logout, endpoint: "logout");
        bp.Route("/forgot-password", ForgotPassword, methods: ["GET", "POST"]);
        bp.Route("/reset-password/<token>", ResetPassword, methods: ["GET", "POST"]);
        return bp;
    }

    /// <summary>Registers a user, then sends them to the login page.</summary>
    public static async Task<object> Register(Forms forms, FlaskrDb db)
    {
        var form = forms.Create<RegisterForm>();
        if (await form.ValidateOnSubmitAsync())
        {
            var data = form.Data;
            var username = data.Username!;
            var email = NormalizeEmail(data.Email!);
            string error;
            if (await db.Users.AnyAsync(u => u.Username == username))
            {
                error = $"User {username} is already registered.";
            }
            else if (await db.Users.AnyAsync(u => u.Email == email))
            {
                error = $"Email {email} is already registered.";
            }
            else
            {
                db.Users.Add(new User { Username = username, Password = GeneratePasswordHash(data.Password!), Email = email });
                try
                {
                    await db.SaveChangesAsync();
                    return Redirect(UrlFor("auth.login"));
                }
                catch (ConstraintViolationException)
                {
                    // Someone registered the same name or address between the check and the insert.
                    error = $"User {username} is already registered.";
                }
            }
            Flash(error);
        }
        else
        {
            FirstError.Flash(form);
        }
        return RenderTemplate("auth/register.html", new { form });
    }

    /// <summary>Logs a user in: a new session holding their id.</summary>
    public static async Task<object> Login(Forms forms, FlaskrDb db, Session session, CarafeApp app)
    {
        var form = forms.Create<LoginForm>();
        if (await form.ValidateOnSubmitAsync())
        {
            var data = form.Data;
            var user = await db.Users.SingleOrDefaultAsync(u => u.Username == (data.Username ?? ""));
            if (user is null)
            {
                Flash("Incorrect username.");
            }
            else if (!CheckPasswordHash(user.Password, data.Password ?? ""))
            {
                Flash("Incorrect password.");
            }
            else
            {
                session.Clear();
                session[CurrentUser.SessionKey] = user.Id;
                // A session kept on the server gets a new id: one planted in the browser before is worth nothing now.
                (app.SessionInterface as DistributedCacheSessionInterface)?.Regenerate(session);
                return Redirect(UrlFor("index"));
            }
        }
        else
        {
            FirstError.Flash(form);
        }
        return RenderTemplate("auth/login.html", new { form });
    }

    /// <summary>Logs out: the session is cleared.</summary>
    public static Response Logout(Session session)
    {
        session.Clear();
        return Redirect(UrlFor("index"));
    }

    /// <summary>
    /// Mails a reset link to the address, when it is a user's. The answer is the same either way,
    /// so the page does not tell who has an account.
    /// </summary>
    public static async Task<object> ForgotPassword(Forms forms, FlaskrDb db, Mail mail, IViewHelpers views, PasswordResetTokens tokens)
    {
        var form = forms.Create<ForgotPasswordForm>();
        if (await form.ValidateOnSubmitAsync())
        {
            var email = NormalizeEmail(form.Data.Email!);
            if (await db.Users.SingleOrDefaultAsync(u => u.Email == email) is { } user)
            {
                var url = UrlFor("auth.reset_password", new { token = tokens.Create(user) }, external: true);
                var message = new Message("Reset your Flaskr password", [user.Email]);
                await mail.SendAsync(mail.Render(message, views, "mail/reset_password.html", "mail/reset_password.txt", new { username = user.Username, url }));
            }
            Flash("If an account uses that address, a link to reset its password is on its way. It works once, within an hour.");
            return Redirect(UrlFor("auth.login"));
        }
        FirstError.Flash(form);
        return RenderTemplate("auth/forgot_password.html", new { form });
    }

    /// <summary>Sets a new password from a reset link; a forged, expired or used link is refused with a message saying which.</summary>
    public static async Task<object> ResetPassword(string token, Forms forms, FlaskrDb db, PasswordResetTokens tokens)
    {
        var (status, user) = tokens.Check(token, id => db.Users.Find(id));
        if (status != ResetTokenStatus.Valid)
        {
            Flash(status switch
            {
                ResetTokenStatus.Expired => "This password reset link has expired. Ask for a new one below.",
                ResetTokenStatus.Used => "This password reset link was used already (the password has changed since it was sent). Ask for a new one below.",
                _ => "This password reset link is not valid. Check that you copied all of it, or ask for a new one below.",
            });
            return Redirect(UrlFor("auth.forgot_password"));
        }
        var form = forms.Create<ResetPasswordForm>();
        if (await form.ValidateOnSubmitAsync())
        {
            user!.Password = GeneratePasswordHash(form.Data.Password!);
            await db.SaveChangesAsync();
            Flash("Your password has been changed. You can log in with it now.");
            return Redirect(UrlFor("auth.login"));
        }
        FirstError.Flash(form);
        return RenderTemplate("auth/reset_password.html", new { form, username = user!.Username });
    }

    // Addresses are compared as typed but for case and surrounding spaces.
    private static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();
}
