using Flaskr.Tests.Support;

namespace Flaskr.Tests;

/// <summary>
/// Flask's tutorial test_blog.py. Every POST carries the session's CSRF token, read from a page as a browser
/// has it (the Forms extension refuses a POST without one before any view runs); the assertions are Flask's.
/// </summary>
public sealed class BlogTests
{
    [Fact]
    public void Index()
    {
        using var flaskr = new TestFlaskr();
        var response = flaskr.Client.Get("/");
        Assert.Contains("Log In", response.Text);
        Assert.Contains("Register", response.Text);

        flaskr.Auth.Login();
        response = flaskr.Client.Get("/");
        Assert.Contains("test title", response.Text);
        Assert.Contains("by test on 2018-01-01", response.Text);
        Assert.Contains("test\nbody", response.Text);
        Assert.Contains("href=\"/1/update\"", response.Text);
    }

    [Theory]
    [InlineData("/create")]
    [InlineData("/1/update")]
    [InlineData("/1/delete")]
    public void LoginRequired(string path)
    {
        using var flaskr = new TestFlaskr();
        var response = flaskr.Client.Post(path, form: new { csrf_token = flaskr.CsrfToken() });
        Assert.Equal("/auth/login", response.Location);
    }

    [Fact]
    public void AuthorRequired()
    {
        using var flaskr = new TestFlaskr();
        // Change the post's author to another user.
        flaskr.WithDb(db =>
        {
            db.Posts.Single(p => p.Id == 1).AuthorId = 2;
            db.SaveChanges();
        });

        flaskr.Auth.Login();
        // The current user can't modify another user's post.
        Assert.Equal(403, flaskr.Client.Post("/1/update", form: new { csrf_token = flaskr.CsrfToken() }).StatusCode);
        Assert.Equal(403, flaskr.Client.Post("/1/delete", form: new { csrf_token = flaskr.CsrfToken() }).StatusCode);
        // The current user doesn't see the edit link.
        Assert.DoesNotContain("href=\"/1/update\"", flaskr.Client.Get("/").Text);
    }

    [Theory]
    [InlineData("/2/update")]
    [InlineData("/2/delete")]
    public void ExistsRequired(string path)
    {
        using var flaskr = new TestFlaskr();
        flaskr.Auth.Login();
        var response = flaskr.Client.Post(path, form: new { csrf_token = flaskr.CsrfToken() });
        Assert.Equal(404, response.StatusCode);
        Assert.Contains("Post id 2 doesn&#39;t exist.", response.Text);
    }

    [Fact]
    public void Create()
    {
        using var flaskr = new TestFlaskr();
        flaskr.Auth.Login();
        Assert.Equal(200, flaskr.Client.Get("/create").StatusCode);
        flaskr.Submit("/create", new { title = "created", body = "" });

        Assert.Equal(2, flaskr.WithDb(db => db.Posts.Count()));
    }

    [Fact]
    public void Update()
    {
        using var flaskr = new TestFlaskr();
        flaskr.Auth.Login();
        Assert.Equal(200, flaskr.Client.Get("/1/update").StatusCode);
        flaskr.Submit("/1/update", new { title = "updated", body = "" });

        Assert.Equal("updated", flaskr.WithDb(db => db.Posts.Single(p => p.Id == 1).Title));
    }

    [Theory]
    [InlineData("/create")]
    [InlineData("/1/update")]
    public void CreateUpdateValidate(string path)
    {
        using var flaskr = new TestFlaskr();
        flaskr.Auth.Login();
        var response = flaskr.Submit(path, new { title = "", body = "kept <as typed>" });
        Assert.Contains("Title is required.", response.Text);
        // What was typed is shown again, as Flask's templates do with request.form.
        Assert.Contains("kept &lt;as typed&gt;</textarea>", response.Text);
    }

    [Fact]
    public void Delete()
    {
        using var flaskr = new TestFlaskr();
        flaskr.Auth.Login();
        var response = flaskr.Submit("/1/update", new { }, action: "/1/delete");
        Assert.Equal("/", response.Location);

        Assert.Null(flaskr.WithDb(db => db.Posts.SingleOrDefault(p => p.Id == 1)));
    }

    [Fact]
    public void IndexListsNewestFirstWithAuthorAndDate()
    {
        using var flaskr = new TestFlaskr();
        flaskr.Auth.Login("other", "other");
        flaskr.Submit("/create", new { title = "newer <post>", body = "by other" });

        var text = flaskr.Client.Get("/").Text;
        Assert.True(text.IndexOf("newer &lt;post&gt;", StringComparison.Ordinal) < text.IndexOf("test title", StringComparison.Ordinal), text);
        Assert.Contains("by other on 2026-11-26", text);
        // "other" may edit their own post only.
        Assert.Contains("href=\"/2/update\"", text);
        Assert.DoesNotContain("href=\"/1/update\"", text);
    }

    [Theory]
    [InlineData("/99999999999999999999/update")]
    [InlineData("/-1/update")]
    [InlineData("/abc/update")]
    public void BadPostIdsAreNotFound(string path)
    {
        using var flaskr = new TestFlaskr();
        flaskr.Auth.Login();
        Assert.Equal(404, flaskr.Client.Get(path).StatusCode);
    }
}
