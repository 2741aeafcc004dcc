using static Carafe.Helpers;

namespace Carafe.Tests.App;

public class SessionTests
{
    private static CarafeApp App()
    {
        var app = TestApps.Create();
        app.Get("/", (Session session) => session.ContainsKey("username") ? $"Logged in as {session["username"]}" : "You are not logged in");
        app.Post("/login", (Request request, Session session) =>
        {
            session["username"] = request.Form["username"];
            return Redirect("/");
        });
        app.Get("/logout", (Session session) =>
        {
            session.Pop("username");
            return Redirect("/");
        });
        app.Get("/count", (Session session) =>
        {
            var count = session.Get("count", 0L) + 1;
            session["count"] = count;
            return $"count={count}";
        });
        app.Get("/permanent", (Session session) =>
        {
            session.Permanent = true;
            session["user"] = "p";
            return "permanent";
        });
        app.Get("/hello", () => "hello");
        return app;
    }

    [Fact]
    public void Login_sets_a_signed_http_only_cookie_and_varies_on_cookie()
    {
        using var client = App().Client();
        var login = client.Post("/login", form: new { username = "alice" });

        Assert.Equal(302, login.StatusCode);
        Assert.Equal("/", login.Location);
        var setCookie = Assert.Single(login.Headers.GetAll("Set-Cookie"));
        Assert.Matches("^session=[^;]+; HttpOnly; Path=/; SameSite=Lax$", setCookie);
        Assert.Equal("Cookie", login.Headers["Vary"]);
        Assert.Equal("Logged in as alice", client.Get("/").Text);
    }

    [Fact]
    public void Untouched_session_sends_no_cookie_and_no_vary()
    {
        using var client = App().Client();
        var loggedOut = client.Get("/");

        Assert.Equal("You are not logged in", loggedOut.Text);
        Assert.Empty(loggedOut.Headers.GetAll("Set-Cookie"));
        Assert.Null(loggedOut.Headers["Vary"]);
        var logout = client.Get("/logout");
        Assert.Equal(302, logout.StatusCode);
        Assert.Empty(logout.Headers.GetAll("Set-Cookie"));
    }

    [Fact]
    public void Emptying_the_session_deletes_the_cookie()
    {
        using var client = App().Client();
        client.Post("/login", form: new { username = "alice" });
        var logout = client.Get("/logout");

        Assert.Equal("session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/; SameSite=Lax", Assert.Single(logout.Headers.GetAll("Set-Cookie")));
        Assert.Equal("You are not logged in", client.Get("/").Text);
    }

    [Fact]
    public void Counter_increments_with_a_new_cookie_each_time()
    {
        using var client = App().Client();
        Assert.Equal("count=1", client.Get("/count").Text);
        Assert.Equal("count=2", client.Get("/count").Text);
        var third = client.Get("/count");
        Assert.Equal("count=3", third.Text);
        Assert.Single(third.Headers.GetAll("Set-Cookie"));
    }

    [Theory]
    [InlineData("garbage.value.here")]
    [InlineData("")]
    public void Tampered_cookie_is_an_empty_session_without_error(string cookie)
    {
        using var client = App().Client();
        client.SetCookie("session", cookie);
        var response = client.Get("/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("You are not logged in", response.Text);
        Assert.Empty(response.Headers.GetAll("Set-Cookie"));
        Assert.Equal("count=1", client.Get("/count").Text);
    }

    [Fact]
    public void One_changed_character_invalidates_the_signature()
    {
        using var client = App().Client();
        client.Post("/login", form: new { username = "alice" });
        var cookie = client.GetCookie("session")!;
        var last = cookie[^1];
        client.SetCookie("session", cookie[..^1] + (last == 'A' ? 'B' : 'A'));

        Assert.Equal("You are not logged in", client.Get("/").Text);
    }

    [Fact]
    public void Permanent_session_has_expires_and_is_refreshed_on_every_request()
    {
        using var client = App().Client();
        var response = client.Get("/permanent");
        var setCookie = Assert.Single(response.Headers.GetAll("Set-Cookie"));
        Assert.Matches("^session=[^;]+; Expires=[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT; HttpOnly; Path=/; SameSite=Lax$", setCookie);
        Assert.DoesNotContain("Max-Age", setCookie);

        var untouched = client.Get("/hello");
        Assert.Single(untouched.Headers.GetAll("Set-Cookie"));
    }

    [Fact]
    public void Writing_a_session_without_a_secret_key_fails_clearly()
    {
        var app = App();
        app.Config["SECRET_KEY"] = null;
        app.Config["TESTING"] = true;
        using var client = app.Client();

        var error = Assert.Throws<InvalidOperationException>(() => client.Get("/count"));
        Assert.StartsWith("The session is unavailable because no secret key was set.", error.Message);
    }

    [Fact]
    public void Old_keys_in_secret_key_fallbacks_still_read_the_session()
    {
        var old = App();
        old.Config["SECRET_KEY"] = "old key";
        using var oldClient = old.Client();
        oldClient.Post("/login", form: new { username = "alice" });
        var cookie = oldClient.GetCookie("session")!;

        var rotated = App();
        rotated.Config["SECRET_KEY"] = "new key";
        rotated.Config["SECRET_KEY_FALLBACKS"] = new[] { "old key" };
        using var client = rotated.Client();
        client.SetCookie("session", cookie);
        Assert.Equal("Logged in as alice", client.Get("/").Text);

        var unrelated = App();
        unrelated.Config["SECRET_KEY"] = "new key";
        using var other = unrelated.Client();
        other.SetCookie("session", cookie);
        Assert.Equal("You are not logged in", other.Get("/").Text);
    }

    [Fact]
    public void Session_transaction_reads_and_changes_the_clients_session()
    {
        using var client = App().Client();
        using (var transaction = client.SessionTransaction())
        {
            transaction.Session["username"] = "bob";
        }
        Assert.Equal("Logged in as bob", client.Get("/").Text);
        using (var transaction = client.SessionTransaction())
        {
            Assert.Equal("bob", transaction.Session["username"]);
        }
    }
}
