using System.Globalization;
using Carafe;
using Flaskr.Data;
using static Carafe.Helpers;

namespace Flaskr.Auth;

/// <summary>The logged-in user: Flask's <c>load_logged_in_user</c> and <c>login_required</c>.</summary>
public static class CurrentUser
{
    /// <summary>The session key holding the user's id.</summary>
    public const string SessionKey = "user_id";

    /// <summary>Before every request: <c>g.user</c> is the user whose id the session holds, else null.</summary>
    public static async Task Load(Session session, G g, FlaskrDb db)
    {
        var id = session.Get(SessionKey);
        g["user"] = id is null ? null : await db.Users.FindAsync(Convert.ToInt32(id, CultureInfo.InvariantCulture));
    }

    /// <summary>The logged-in user; with nobody logged in, the request ends with a redirect to the login page.</summary>
    public static User Required(G g) => g.Get("user") as User ?? throw Abort(Redirect(UrlFor("auth.login")));
}
