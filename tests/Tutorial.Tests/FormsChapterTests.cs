using System.Text.RegularExpressions;
using Carafe.Testing;

namespace Tutorial.Tests;

/// <summary>The forms chapter and the Forms contact form: CSRF tokens, errors next to their fields, values kept.</summary>
public class FormsChapterTests
{
    private static TestClient Client() => TutorialApp.Create([], AppContext.BaseDirectory).TestClient();

    private static string TokenIn(string page) => Regex.Match(page, "name=\"csrf_token\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    private static Dictionary<string, string> Registration(string token, string username = "grace") => new()
    {
        ["csrf_token"] = token, ["username"] = username, ["email"] = "grace@example.com", ["password"] = "cobol-1959",
        ["confirm"] = "cobol-1959", ["language"] = "py", ["accept_terms"] = "y",
    };

    [Fact]
    public void The_index_links_the_chapter_and_the_page_renders_the_form()
    {
        using var client = Client();

        var page = client.Get("/register").Text;

        Assert.Contains("<li><a href=\"/register\">Forms</a></li>", client.Get("/").Text);
        Assert.NotEmpty(TokenIn(page));
        Assert.Contains("<label for=\"username\">Username</label> <input autofocus id=\"username\" maxlength=\"20\" minlength=\"3\" name=\"username\" pattern=\"[A-Za-z0-9_]+\" required type=\"text\" value=\"\">", page);
        Assert.Contains("<option selected value=\"cs\">C#</option>", page);
    }

    [Fact]
    public void A_valid_registration_flashes_a_welcome_and_takes_the_name()
    {
        using var client = Client();
        var token = TokenIn(client.Get("/register").Text);

        var done = client.Post("/register", form: Registration(token), followRedirects: true);
        var again = client.Post("/register", form: Registration(token, "Grace")).Text;

        Assert.Contains("<li class=\"flash message\">Welcome, grace! You are registered.</li>", done.Text);
        Assert.Contains("value=\"Grace\"><ul class=\"errors\"><li>That name is taken.</li></ul>", again);
    }

    [Fact]
    public void Errors_are_shown_next_to_their_fields_with_the_values_kept()
    {
        using var client = Client();
        var data = Registration(TokenIn(client.Get("/register").Text), "a b");
        data["email"] = "grace@";
        data["confirm"] = "other";
        data["language"] = "go";
        data.Remove("accept_terms");

        var page = client.Post("/register", form: data);

        Assert.Equal(200, page.StatusCode);
        Assert.Contains("value=\"a b\"><ul class=\"errors\"><li>Letters, digits and underscores only.</li></ul>", page.Text);
        Assert.Contains("value=\"grace@\"><ul class=\"errors\"><li>Invalid email address.</li></ul>", page.Text);
        Assert.Contains("<input id=\"confirm\" name=\"confirm\" type=\"password\" value=\"\"><ul class=\"errors\"><li>Passwords must match.</li></ul>", page.Text);
        Assert.Contains("<ul class=\"errors\"><li>Not a valid choice.</li></ul>", page.Text);
        Assert.Contains("<li>Please accept the terms.</li>", page.Text);
    }

    [Fact]
    public void A_registration_without_its_token_is_refused()
    {
        using var client = Client();
        client.Get("/register");

        var page = client.Post("/register", form: Registration("forged"));

        Assert.Contains("<p class=\"flash error\">The CSRF token is invalid.</p>", page.Text);
        Assert.DoesNotContain("Welcome", page.Text);
        Assert.Equal(200, page.StatusCode);
    }

    [Fact]
    public void The_contact_form_shows_its_errors_and_keeps_the_values()
    {
        using var client = Client();
        var token = TokenIn(client.Get("/contact").Text);

        var page = client.Post("/contact", form: new { csrf_token = token, name = "Ada", email = "nope", text = "" }).Text;

        Assert.Contains("<input id=\"name\" maxlength=\"100\" name=\"name\" required type=\"text\" value=\"Ada\">", page);
        Assert.Contains("value=\"nope\"><ul class=\"errors\"><li>Invalid email address.</li></ul>", page);
        Assert.Contains("<textarea id=\"text\" maxlength=\"2000\" name=\"text\" required rows=\"5\">\r\n</textarea><ul class=\"errors\"><li>This field is required.</li></ul>", page);
    }

    [Fact]
    public void The_contact_form_refuses_a_missing_token()
    {
        using var client = Client();
        client.Get("/contact");

        var page = client.Post("/contact", form: new { name = "Ada", email = "ada@example.com", text = "Hi" });

        Assert.Contains("<p class=\"flash error\">The CSRF token is missing.</p>", page.Text);
        Assert.DoesNotContain("Thanks!", page.Text);
        Assert.Equal(0, Regex.Count(client.Get("/mail/outbox").Text, "Contact from"));
    }
}
