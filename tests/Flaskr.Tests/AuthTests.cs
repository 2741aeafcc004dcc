using Carafe;
using Flaskr.Data;
using Flaskr.Tests.Support;

namespace Flaskr.Tests;

/// <summary>Flask's tutorial test_auth.py; each form is submitted with the CSRF token its page carries.</summary>
public sealed class AuthTests
{
    [Fact]
    public void Register()
    {
        using var flaskr = new TestFlaskr();
        // Viewing the page renders without template errors, with the tutorial's inputs.
        var page = flaskr.Client.Get("/auth/register");
        Assert.Equal(200, page.StatusCode);
        Assert.Contains("<label for=\"username\">Username</label>\n    <input id=\"username\" name=\"username\" required type=\"text\" value=\"\">", page.Text);
        Assert.Contains("<input id=\"password\" name=\"password\" required type=\"password\" value=\"\">", page.Text);

        // A successful registration redirects to the login page.
        var response = flaskr.Submit("/auth/register", new { username = "a", password = "a", email = "a@example.com" });
        Assert.Equal("/auth/login", response.Location);

        // The user was inserted into the database.
        Assert.NotNull(flaskr.WithDb(db => db.Users.SingleOrDefault(u => u.Username == "a")));
    }

    [Theory]
    [InlineData("", "", "", "Username is required.")]
    [InlineData("a", "", "", "Password is required.")]
    [InlineData("test", "test", "new@example.com", "already registered")]
    [InlineData("a", "a", "", "Email is required.")]
    [InlineData("a", "a", "not an address", "Invalid email address.")]
    [InlineData("a", "a", "Test@Example.com", "Email test@example.com is already registered.")]
    public void RegisterValidateInput(string username, string password, string email, string message)
    {
        using var flaskr = new TestFlaskr();
        var response = flaskr.Submit("/auth/register", new { username, password, email });
        Assert.Contains(message, response.Text);
        Assert.Equal(2, flaskr.WithDb(db => db.Users.Count()));
    }

    [Fact]
    public void RegisteredUserCanLogIn()
    {
        using var flaskr = new TestFlaskr();
        flaskr.Submit("/auth/register", new { username = "a", password = "secret", email = "a@example.com" });
        Assert.Equal("/", flaskr.Auth.Login("a", "secret").Location);
        // The password is stored as a Werkzeug hash, never as typed.
        Assert.StartsWith("pbkdf2:sha256:600000$", flaskr.WithDb(db => db.Users.Single(u => u.Username == "a").Password));
    }

    [Fact]
    public void Login()
    {
        User? user = null;
        using var flaskr = new TestFlaskr(app => app.AfterRequest((G g, Response response) =>
        {
            user = g.Get("user") as User;
            return response;
        }));
        // Viewing the page renders without template errors.
        Assert.Equal(200, flaskr.Client.Get("/auth/login").StatusCode);

        // A successful login redirects to the index page.
        var response = flaskr.Auth.Login();
        Assert.Equal("/", response.Location);

        // The login set user_id in the session, and the user is loaded from it.
        flaskr.Client.Get("/");
        using (var session = flaskr.Client.SessionTransaction())
        {
            Assert.Equal(1, Convert.ToInt32(session.Session["user_id"]));
        }
        Assert.Equal("test", user?.Username);
    }

    [Theory]
    [InlineData("a", "test", "Incorrect username.")]
    [InlineData("test", "a", "Incorrect password.")]
    public void LoginValidateInput(string username, string password, string message)
    {
        using var flaskr = new TestFlaskr();
        var response = flaskr.Auth.Login(username, password);
        Assert.Contains(message, response.Text);
    }

    [Fact]
    public void Logout()
    {
        using var flaskr = new TestFlaskr();
        flaskr.Auth.Login();

        flaskr.Auth.Logout();
        using var session = flaskr.Client.SessionTransaction();
        Assert.False(session.Session.ContainsKey("user_id"));
    }
}
