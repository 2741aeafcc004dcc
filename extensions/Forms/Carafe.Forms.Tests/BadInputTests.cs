using System.Text.Encodings.Web;
using System.Text.Json;
using Carafe.Forms.Tests.Support;
using Carafe.Testing;

namespace Carafe.Forms.Tests;

/// <summary>Missing fields, wrong types, duplicate keys, unknown fields and bad JSON: a clear error or a 400, never a 500, never half-bound data.</summary>
public class BadInputTests
{
    private static Dictionary<string, object?> ValidJson() => new()
    {
        ["username"] = "ada", ["email"] = "ada@example.com", ["password"] = "analytical", ["confirm"] = "analytical", ["age"] = 36, ["accept_terms"] = true,
    };

    [Fact]
    public void A_valid_json_body_is_bound_like_a_form()
    {
        using var client = FormsApp.Create().TestClient();

        var response = client.Post("/api/users", json: ValidJson());

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(new Dictionary<string, object?> { ["created"] = "ada" }, response.Json);
    }

    [Fact]
    public void Invalid_json_data_gets_400_with_the_field_errors_as_json()
    {
        using var client = FormsApp.Create().TestClient();
        var body = ValidJson();
        body["age"] = "old";
        body.Remove("email");
        body["accept_terms"] = false;

        var response = client.Post("/api/users", json: body);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("application/json", response.Headers["Content-Type"]);
        Assert.Equal("""{"errors":{"accept_terms":["This field is required."],"age":["Not a valid integer value.","Number must be at least 13."],"email":["This field is required."]}}""",
            Compact(response.Text));
    }

    [Fact]
    public void Unknown_fields_in_json_are_refused_by_name()
    {
        using var client = FormsApp.Create().TestClient();
        var body = ValidJson();
        body["is_admin"] = true;

        var response = client.Post("/api/users", json: body);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("""{"errors":{},"form_errors":["Unknown field 'is_admin'."]}""", Compact(response.Text));
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    public void A_json_body_that_is_not_an_object_is_a_form_error(string json)
    {
        using var client = FormsApp.Create().TestClient();

        var response = client.Post("/api/users", data: json, contentType: "application/json");

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("The JSON body must be an object whose keys are the form's fields.", response.Text);
    }

    [Fact]
    public void Malformed_json_is_a_400_not_a_500()
    {
        using var client = FormsApp.Create().TestClient();

        var response = client.Post("/api/users", data: "{\"username\": ", contentType: "application/json");

        Assert.Equal(400, response.StatusCode);
    }

    [Fact]
    public void A_browser_that_asks_for_html_gets_a_plain_400_naming_the_fields()
    {
        using var client = FormsApp.Create(app => app.Config["WTF_CSRF_CHECK_DEFAULT"] = false).TestClient();

        var response = client.Post("/api/users", form: new { username = "ada" }, headers: new Dictionary<string, string> { ["Accept"] = "text/html" });

        Assert.Equal(400, response.StatusCode);
        Assert.Contains("The form is not valid: email: This field is required.", response.Text);
    }

    [Fact]
    public async Task A_duplicated_key_is_an_error_not_a_silent_choice()
    {
        var form = FormBinding.Bind<Registration>(new() { ["username"] = new[] { "ada", "admin" } });

        Assert.False(await form.ValidateAsync());
        Assert.Equal(["Only one value is allowed for this field."], form["username"].Errors);
    }

    [Fact]
    public async Task Unknown_form_fields_are_ignored_as_browsers_send_buttons()
    {
        var form = FormBinding.Bind<Registration>(new()
        {
            ["username"] = "ada", ["email"] = "ada@example.com", ["password"] = "analytical", ["confirm"] = "analytical", ["accept_terms"] = "y", ["go"] = "Send",
        });

        Assert.True(await form.ValidateAsync());
    }

    [Fact]
    public async Task A_refused_submission_is_never_copied_onto_the_object()
    {
        var form = FormBinding.Bind<Registration>(new() { ["username"] = "eve", ["age"] = "x" });
        var user = new Registration { Username = "kept" };

        Assert.False(await form.ValidateAsync());
        var error = Assert.Throws<InvalidOperationException>(() => form.PopulateObj(user));

        Assert.Equal("kept", user.Username);
        Assert.Contains("call ValidateOnSubmitAsync", error.Message);
    }

    [Fact]
    public async Task A_text_field_sent_a_file_has_a_conversion_error()
    {
        var form = FormBinding.Bind<Registration>(new() { ["username"] = FormBinding.Upload("username", "a.txt", 3) });

        await form.ValidateAsync();

        Assert.Equal(["Not a valid text value."], form["username"].Errors);
    }

    [Fact]
    public void An_oversized_body_is_refused_with_413_before_binding()
    {
        using var client = FormsApp.Create(app => app.Config["MAX_CONTENT_LENGTH"] = 1024).TestClient();

        var response = client.Post("/api/users", json: new Dictionary<string, object?> { ["username"] = new string('a', 5000) });

        Assert.Equal(413, response.StatusCode);
    }

    [Fact]
    public async Task A_number_too_large_for_its_property_is_not_a_valid_integer()
    {
        var form = FormBinding.Bind<Registration>(new() { ["age"] = "99999999999" });

        await form.ValidateAsync();

        Assert.Equal(["Not a valid integer value.", "Number must be at least 13."], form["age"].Errors);
    }

    private static string Compact(string json) =>
        JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
