using Carafe.Ajax.Tests.Support;

namespace Carafe.Ajax.Tests;

/// <summary>Requests no page of ours sends: each gets a clear answer naming what was wrong, never a 500.</summary>
public class BadInputTests
{
    private const string InvalidCall = "[{\"alert\":\"You tried to perform an action in a wrong way! (Sijax error)\",\"type\":\"alert\"}]";

    private static AjaxClient Client(Action<Ajax>? register = null) => new(AjaxApps.Create(register ?? (ajax =>
        ajax.RegisterCallback("say_hi", (AjaxResponse r, string name) => r.Alert($"Hi, {name}!"))
            .RegisterCallback("add", (AjaxResponse r, int a, int b) => r.Html("#sum", (a + b).ToString())))));

    private static Dictionary<string, string> Form(string name, string args) => new() { [Ajax.RequestField] = name, [Ajax.ArgsField] = args };

    [Theory]
    [InlineData("[\"Ann\"", "sijax_args is not valid JSON; it must be a JSON list of arguments, such as [\\\"Ann\\\", 3].")]
    [InlineData("Ann", "sijax_args is not valid JSON; it must be a JSON list of arguments, such as [\\\"Ann\\\", 3].")]
    [InlineData("", "sijax_args is not valid JSON; it must be a JSON list of arguments, such as [\\\"Ann\\\", 3].")]
    [InlineData("{\"name\":\"Ann\"}", "sijax_args must be a JSON list of arguments, not an object.")]
    [InlineData("\"Ann\"", "sijax_args must be a JSON list of arguments, not a string.")]
    [InlineData("null", "sijax_args must be a JSON list of arguments, not null.")]
    public void Malformed_arguments_are_refused_with_400_and_the_reason(string args, string reason)
    {
        using var client = Client();

        var response = client.Post(Form("say_hi", args));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal($"[{{\"alert\":\"{reason}\",\"type\":\"alert\"}}]", response.Text);
    }

    [Fact]
    public void Arguments_nested_too_deep_are_refused()
    {
        using var client = Client();
        var deep = new string('[', 33) + new string(']', 33);

        var response = client.Post(Form("say_hi", deep));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("[{\"alert\":\"sijax_args is nested deeper than 32 levels (AJAX_ARGS_MAX_DEPTH).\",\"type\":\"alert\"}]", response.Text);
    }

    [Fact]
    public void Arguments_at_the_depth_limit_are_accepted()
    {
        using var client = Client(ajax => ajax.RegisterCallback("deep", (AjaxResponse r, object value) => r.Alert("ok")));

        var response = client.Post(Form("deep", new string('[', 32) + new string(']', 32)));

        Assert.Equal("[{\"alert\":\"ok\",\"type\":\"alert\"}]", response.Text);
    }

    [Fact]
    public void Arguments_too_large_are_refused_before_they_are_parsed()
    {
        using var client = Client();
        var large = "[\"" + new string('a', 65536) + "\"]";

        var response = client.Post(Form("say_hi", large));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("[{\"alert\":\"sijax_args is 65540 characters long; at most 65536 are accepted (AJAX_ARGS_MAX_LENGTH).\",\"type\":\"alert\"}]", response.Text);
    }

    [Theory]
    [InlineData("say_hi", "[3]", "argument 1 of 'say_hi' (name) must be a string, not a number.")]
    [InlineData("say_hi", "[null]", "argument 1 of 'say_hi' (name) must be a string, not null.")]
    [InlineData("add", "[1, \"2\"]", "argument 2 of 'add' (b) must be an integer, not a string.")]
    [InlineData("add", "[1, 2.5]", "argument 2 of 'add' (b) must be an integer, not a number.")]
    [InlineData("add", "[1]", "'add' takes 2 arguments, but 1 was sent.")]
    [InlineData("say_hi", "[\"Ann\", \"Bob\"]", "'say_hi' takes 1 argument, but 2 were sent.")]
    public void Wrong_arguments_are_an_invalid_call_with_the_reason(string name, string args, string reason)
    {
        AjaxInvalidCall? seen = null;
        using var client = Client(ajax =>
            ajax.RegisterCallback("say_hi", (AjaxResponse r, string name) => r.Alert($"Hi, {name}!"))
                .RegisterCallback("add", (AjaxResponse r, int a, int b) => r.Html("#sum", (a + b).ToString()))
                .OnInvalidCall((r, call) =>
                {
                    seen = call;
                    r.Alert(Ajax.InvalidCallMessage);
                }));

        var response = client.Post(Form(name, args));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(InvalidCall, response.Text);
        Assert.Equal(new AjaxInvalidCall(name, reason), seen);
    }

    [Fact]
    public void An_unknown_callback_is_given_to_the_invalid_request_handler_by_name()
    {
        using var client = Client(ajax => ajax.OnInvalidRequest((r, name) => r.Html("#error", $"No such action: {name}")));

        var response = client.Post(Form("<drop>", "[]"));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("[{\"selector\":\"#error\",\"html\":\"No such action: <drop>\",\"setType\":\"replace\",\"type\":\"html\"}]", response.Text);
    }

    [Theory]
    [InlineData(null, "The CSRF token is missing.")]
    [InlineData("forged", "The CSRF token is invalid.")]
    public void A_call_without_a_valid_csrf_token_is_refused_with_400_and_runs_nothing(string? token, string reason)
    {
        var called = false;
        using var client = Client(ajax => ajax.RegisterCallback("say_hi", (AjaxResponse r, string name) => called = true));

        var response = client.Post(Form("say_hi", "[\"Ann\"]"), token: token);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal($"[{{\"alert\":\"{reason}\",\"type\":\"alert\"}}]", response.Text);
        Assert.False(called);
    }

    [Fact]
    public void A_token_from_another_session_is_refused()
    {
        using var other = Client();
        using var client = Client();

        var response = client.Post(Form("say_hi", "[\"Ann\"]"), token: other.Token);

        Assert.Equal(400, response.StatusCode);
        Assert.Equal("[{\"alert\":\"The CSRF tokens do not match.\",\"type\":\"alert\"}]", response.Text);
    }

    [Fact]
    public void The_token_may_come_in_the_form_instead_of_the_header()
    {
        using var client = Client();
        var form = Form("say_hi", "[\"Ann\"]");
        form["csrf_token"] = client.Token;

        var response = client.Post(form, token: null);

        Assert.Equal("[{\"alert\":\"Hi, Ann!\",\"type\":\"alert\"}]", response.Text);
    }

    [Fact]
    public void Without_csrf_checks_a_call_needs_no_token()
    {
        var app = AjaxApps.Create(ajax => ajax.RegisterCallback("say_hi", (AjaxResponse r, string name) => r.Alert($"Hi, {name}!")));
        app.Config["AJAX_CSRF_ENABLED"] = false;
        using var client = Carafe.Testing.CarafeAppTestingExtensions.TestClient(app);

        var page = client.Get("/").Text;
        var response = client.Post("/", form: Form("say_hi", "[\"Ann\"]"));

        Assert.DoesNotContain("data-csrf-token", page);
        Assert.Equal("[{\"alert\":\"Hi, Ann!\",\"type\":\"alert\"}]", response.Text);
    }

    [Fact]
    public void A_post_without_the_sijax_fields_is_not_an_ajax_call()
    {
        using var client = Client();

        var response = client.Client.Post("/", form: new Dictionary<string, string> { [Ajax.RequestField] = "say_hi" });

        Assert.Equal(200, response.StatusCode);
        Assert.StartsWith("<!doctype html>", response.Text);
    }
}
