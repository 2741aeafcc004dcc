using System.Text.RegularExpressions;
using Carafe;
using Carafe.Testing;

namespace Tutorial.Tests;

/// <summary>Every chapter of the Tutorial sample, through the test client, from its real templates and static files.</summary>
public class TutorialTests
{
    private static TestClient Client()
    {
        var app = TutorialApp.Create([], AppContext.BaseDirectory);
        app.Config["UPLOAD_FOLDER"] = Directory.CreateTempSubdirectory("tutorial-uploads-").FullName;
        return app.TestClient();
    }

    [Fact]
    public void Index_links_every_chapter_and_shows_the_login_state()
    {
        using var client = Client();
        var index = client.Get("/");

        Assert.Equal(200, index.StatusCode);
        Assert.Contains("<title>Index - Carafe Tutorial</title>", index.Text);
        Assert.Contains("<p>You are not logged in</p>", index.Text);
        Assert.Contains("<a href=\"/login\">click here to log in</a>", index.Text);
        Assert.Contains("<li><a href=\"/user/ada\">Routing</a></li>", index.Text);
        Assert.Contains("<li><a href=\"/shopping?item=coffee&amp;item=milk\">Line statements</a></li>", index.Text);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/static/style.css\">", index.Text);
    }

    [Fact]
    public void Hello_and_routing()
    {
        using var client = Client();

        Assert.Contains("<p>Hello, World!</p>", client.Get("/hello/").Text);
        Assert.Contains("<p>Hello &lt;Ada&gt;!</p>", client.Get("/hello/%3CAda%3E").Text);
        Assert.Equal("User John Doe", client.Get("/user/John%20Doe").Text);
        Assert.Equal("Post 42", client.Get("/post/42").Text);
        Assert.Equal(404, client.Get("/post/abc").StatusCode);
        Assert.Equal("Subpath a/b/c", client.Get("/path/a/b/c").Text);
        Assert.Equal(308, client.Get("/projects").StatusCode);
        Assert.Equal(404, client.Get("/about/").StatusCode);
    }

    [Fact]
    public void Form_data_is_shown_in_a_table_built_with_a_loop()
    {
        using var client = Client();
        Assert.Contains("<form action=\"/result\" method=\"post\">", client.Get("/student").Text);

        var result = client.Post("/result", form: new Dictionary<string, string> { ["Name"] = "Ada <L>", ["Physics"] = "90" });
        Assert.Contains("<tr><th>Name</th><td>Ada &lt;L&gt;</td></tr>", result.Text);
        Assert.Contains("<tr><th>Physics</th><td>90</td></tr>", result.Text);
    }

    [Fact]
    public void Static_script_is_linked_with_url_for_and_served()
    {
        using var client = Client();

        Assert.Contains("<script src=\"/static/js/hello.js\"></script>", client.Get("/static-demo").Text);
        var script = client.Get("/static/js/hello.js");
        Assert.Equal("text/javascript; charset=utf-8", script.ContentType);
        Assert.Contains("function sayHello()", script.Text);
    }

    [Fact]
    public void Cookies_are_set_by_a_form_and_read_back()
    {
        using var client = Client();

        Assert.Equal("<h1>welcome None</h1>", client.Get("/getcookie").Text);
        var set = client.Post("/setcookie", form: new { nm = "alice" });
        Assert.Equal("userID=alice; Path=/", set.Headers["Set-Cookie"]);
        Assert.Equal("<h1>welcome alice</h1>", client.Get("/getcookie").Text);
    }

    [Fact]
    public void Login_and_logout_through_the_session()
    {
        using var client = Client();

        var login = client.Post("/login", form: new { username = "ada" });
        Assert.Equal(302, login.StatusCode);
        Assert.Equal("/", login.Location);
        Assert.Contains("<p>Logged in as ada</p>", client.Get("/").Text);

        var logout = client.Get("/logout", followRedirects: true);
        Assert.Contains("<p>You are not logged in</p>", logout.Text);
    }

    [Fact]
    public void Redirects_errors_and_the_custom_404_page()
    {
        using var client = Client();

        Assert.Equal("/", client.Get("/go-home").Location);
        Assert.Equal(401, client.Get("/secret").StatusCode);
        var missing = client.Get("/no/such/page");
        Assert.Equal(404, missing.StatusCode);
        Assert.Contains("<p>There is nothing at /no/such/page.", missing.Text);
    }

    [Fact]
    public void Flashed_messages_show_once_with_categories_escaped()
    {
        using var client = Client();
        var shown = client.Get("/flash", followRedirects: true);

        Assert.Contains("<li class=\"flash message\">You were successfully logged in</li>", shown.Text);
        Assert.Contains("<li class=\"flash warning\">Watch out: &lt;this&gt; is escaped</li>", shown.Text);
        Assert.DoesNotContain("flashes", client.Get("/messages").Text);
    }

    [Fact]
    public void Upload_saves_the_file_under_a_secure_name()
    {
        using var client = Client();
        var response = client.Post("/upload", files: [new TestFile("file", "../../My cool movie.mov", [1, 2, 3])]);

        Assert.Contains("<p>Saved My_cool_movie.mov (3 bytes)</p>", response.Text);
        Assert.Equal("No selected file", client.Post("/upload", files: [new TestFile("file", "", [])]).Text);
    }

    [Fact]
    public void Line_statements_page_and_plain_text_template()
    {
        using var client = Client();

        var shopping = client.Get("/shopping?item=tea&item=milk").Text;
        Assert.Contains("<ul>\n  <li>1. tea</li>\n  <li>2. milk</li>\n</ul>", shopping);
        Assert.Contains("<li>Nothing to buy.</li>", client.Get("/shopping").Text);
        var plain = client.Get("/plain");
        Assert.Equal("text/plain; charset=utf-8", plain.ContentType);
        Assert.Equal("Plain text template: <b>&", plain.Text);
    }

    [Fact]
    public void Contact_form_mail_lands_in_the_development_outbox()
    {
        using var client = Client();
        var page = client.Get("/contact").Text;
        Assert.Contains("<a href=\"/mail/outbox\">development outbox</a>", page);
        var token = Regex.Match(page, "name=\"csrf_token\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        var sent = client.Post("/contact", form: new { csrf_token = token, name = "Ada <L>", email = "ada@example.com", text = "Hello there" }, followRedirects: true);
        Assert.Contains("<li class=\"flash message\">Thanks! Your message is in the development outbox.</li>", sent.Text);
        var outbox = client.Get("/mail/outbox");
        Assert.Equal(200, outbox.StatusCode);
        Assert.Contains("Contact from Ada &lt;L&gt;", outbox.Text);
        Assert.DoesNotContain("Contact from Ada <L>", outbox.Text);
    }
}
