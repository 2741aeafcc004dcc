using Carafe.Testing;
using Flaskr.Tests.Support;

namespace Flaskr.Tests;

/// <summary>Every form carries the session's CSRF token, and a POST without it is refused before any view runs.</summary>
public sealed class CsrfTests
{
    [Theory]
    [InlineData("/auth/register")]
    [InlineData("/auth/login")]
    [InlineData("/auth/forgot-password")]
    [InlineData("/create")]
    [InlineData("/1/update")]
    [InlineData("/1/delete")]
    public void PostWithoutTokenIsRefused(string path)
    {
        using var flaskr = new TestFlaskr();
        flaskr.Auth.Login();
        var response = flaskr.Client.Post(path, form: new { username = "a", password = "a", email = "a@example.com", title = "t", body = "" });
        Assert.Equal(400, response.StatusCode);
        Assert.Contains("The CSRF token is missing.", response.Text);
        Assert.Equal((2, 1, "test title"), flaskr.WithDb(db => (db.Users.Count(), db.Posts.Count(), db.Posts.Single().Title)));
    }

    [Fact]
    public void AnotherSessionsTokenIsRefused()
    {
        using var flaskr = new TestFlaskr();
        var stolen = flaskr.CsrfToken();
        using var victim = flaskr.App.TestClient();
        victim.Submit("/auth/login", new { username = "test", password = "test" });

        var response = victim.Post("/1/delete", form: new { csrf_token = stolen });
        Assert.Equal(400, response.StatusCode);
        Assert.Contains("The CSRF session token is missing.", response.Text);
        Assert.Equal(1, flaskr.WithDb(db => db.Posts.Count()));
    }

    [Fact]
    public void EveryFormCarriesTheToken()
    {
        using var flaskr = new TestFlaskr();
        foreach (var page in new[] { "/auth/register", "/auth/login", "/auth/forgot-password" })
        {
            Assert.NotEmpty(CsrfToken.From(flaskr.Client.Get(page).Text));
        }
        flaskr.Auth.Login();
        Assert.NotEmpty(CsrfToken.From(flaskr.Client.Get("/create").Text));
        // The edit page has two forms, Save and Delete, with the same token.
        var update = flaskr.Client.Get("/1/update").Text;
        Assert.Equal(2, update.Split("name=\"csrf_token\"").Length - 1);
    }
}
