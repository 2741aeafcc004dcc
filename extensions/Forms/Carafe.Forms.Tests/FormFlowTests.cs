using Carafe.Forms.Tests.Support;
using Carafe.Forms.Validators;
using Carafe.Testing;

namespace Carafe.Forms.Tests;

/// <summary>A registration form end to end: rendered with its token, errors re-rendered next to their fields with the values kept, and valid data copied onto an object.</summary>
public class FormFlowTests
{
    [Fact]
    public void The_page_renders_the_fields_with_their_token_and_client_side_rules()
    {
        using var client = FormsApp.Create().TestClient();

        var page = client.Get("/register").Text;

        Assert.Matches("<input id=\"csrf_token\" name=\"csrf_token\" type=\"hidden\" value=\"[^\"]+\">", page);
        Assert.Contains("<label for=\"username\">Username</label> <input autocomplete=\"username\" id=\"username\" maxlength=\"20\" minlength=\"3\" name=\"username\" required type=\"text\" value=\"\">", page);
        Assert.Contains("<input id=\"email\" name=\"email\" required type=\"email\" value=\"\">", page);
        Assert.Contains("<input id=\"age\" min=\"13\" name=\"age\" type=\"number\" value=\"\">", page);
        Assert.Contains("<input id=\"accept_terms\" name=\"accept_terms\" required type=\"checkbox\" value=\"y\"> <label for=\"accept_terms\">I accept the terms</label>", page);
        Assert.Contains("<label for=\"confirm\">Repeat password</label>", page);
    }

    [Fact]
    public void A_valid_submission_is_copied_onto_the_object()
    {
        using var client = FormsApp.Create().TestClient();
        var token = FormsApp.TokenIn(client.Get("/register").Text);

        var response = client.Post("/register", form: FormsApp.Valid(token));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("Welcome ada (ada@example.com, 36, terms True)", response.Text);
    }

    [Fact]
    public void Errors_are_shown_next_to_their_fields_and_values_are_kept()
    {
        using var client = FormsApp.Create().TestClient();
        var token = FormsApp.TokenIn(client.Get("/register").Text);
        var data = FormsApp.Valid(token);
        data["username"] = "Admin";
        data["email"] = "ada@";
        data["confirm"] = "different";
        data["age"] = "twelve";
        data.Remove("accept_terms");

        var page = client.Post("/register", form: data).Text;

        Assert.Contains("name=\"username\" required type=\"text\" value=\"Admin\"><ul class=\"errors\"><li>That name is taken.</li></ul></p>", page);
        Assert.Contains("value=\"ada@\"><ul class=\"errors\"><li>Invalid email address.</li></ul>", page);
        Assert.Contains("<input id=\"confirm\" name=\"confirm\" type=\"password\" value=\"\"><ul class=\"errors\"><li>Passwords must match.</li></ul>", page);
        Assert.Contains("value=\"twelve\"><ul class=\"errors\"><li>Not a valid integer value.</li><li>Number must be at least 13.</li></ul>", page);
        Assert.Contains("<label for=\"accept_terms\">I accept the terms</label><ul class=\"errors\"><li>This field is required.</li></ul>", page);
    }

    [Fact]
    public void Rules_about_the_whole_form_are_form_errors()
    {
        using var client = FormsApp.Create().TestClient();
        var data = FormsApp.Valid(FormsApp.TokenIn(client.Get("/register").Text));
        data["username"] = data["password"] = data["confirm"] = "analytical";

        var page = client.Post("/register", form: data).Text;

        Assert.Contains("<p class=\"form-error\">Your password may not be your user name.</p>", page);
    }

    [Fact]
    public void Validators_are_resolved_per_request_with_their_scoped_services()
    {
        using var client = FormsApp.Create().TestClient();
        var data = FormsApp.Valid(FormsApp.TokenIn(client.Get("/register").Text));

        Assert.StartsWith("Welcome ada", client.Post("/register", form: data).Text);
        Assert.StartsWith("Welcome ada", client.Post("/register", form: data).Text);
    }

    [Fact]
    public void A_streamed_page_carries_a_token_whose_session_cookie_was_sent()
    {
        using var client = FormsApp.Create(app => app.Get("/streamed", (Forms forms) =>
        {
            var form = forms.Create<Registration>();
            return new Response().StreamText(Chunks(form));
        }, endpoint: "streamed")).TestClient();

        var page = client.Get("/streamed");
        var data = FormsApp.Valid(FormsApp.TokenIn(page.Text));

        Assert.Contains("session=", page.Headers["Set-Cookie"]);
        Assert.StartsWith("Welcome ada", client.Post("/register", form: data).Text);
    }

    private static async IAsyncEnumerable<string> Chunks(Form form)
    {
        yield return "<form method=\"post\">";
        await Task.Yield();
        yield return form.HiddenTag().Html;
        yield return "</form>";
    }

    public sealed class Upload
    {
        [FileRequired, FileAllowed("txt")] public FileStorage? Document { get; set; }
        public string? Title { get; set; }
    }

    [Fact]
    public void Files_and_fields_of_a_multipart_request_bind_together()
    {
        using var client = FormsApp.Create(app => app.Post("/upload", async (Forms forms) =>
        {
            var form = forms.Create<Upload>(csrf: false);
            return await form.ValidateAsync()
                ? $"{form.Data.Title}: {form.Data.Document!.Filename} ({form.Data.Document.Length} bytes)"
                : string.Join(" ", form.Errors.SelectMany(e => e.Value));
        }, endpoint: "upload")).TestClient();
        var token = FormsApp.TokenIn(client.Get("/plain").Text);

        var saved = client.Post("/upload", form: new { csrf_token = token, title = "Notes" }, files: [new TestFile("document", "notes.txt", [1, 2, 3])]);
        var refused = client.Post("/upload", form: new { csrf_token = token, title = "Cat" }, files: [new TestFile("document", "cat.gif", [1])]);

        Assert.Equal("Notes: notes.txt (3 bytes)", saved.Text);
        Assert.Equal("File does not have an approved extension: txt", refused.Text);
    }
}
