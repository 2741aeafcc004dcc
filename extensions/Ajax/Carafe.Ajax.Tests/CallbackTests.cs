using Carafe.Ajax.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Ajax.Tests;

/// <summary>Registering callbacks and binding the browser's arguments to their parameters.</summary>
public class CallbackTests
{
    public sealed record Order(string Item, int Quantity);

    [Fact]
    public void Arguments_bind_to_records_lists_and_optional_parameters()
    {
        using var client = new AjaxClient(AjaxApps.Create(ajax => ajax.RegisterCallback("order",
            (AjaxResponse r, Order order, List<int> extras, string note = "none") =>
                r.Html("#order", $"{order.Quantity} x {order.Item} + {string.Join(",", extras)} ({note})"))));

        var withNote = client.Call("order", new { item = "tea", quantity = 2 }, new[] { 1, 2 }, "hot");
        var withoutNote = client.Call("order", new { Item = "tea", Quantity = 2 }, Array.Empty<int>());

        Assert.Equal("[{\"selector\":\"#order\",\"html\":\"2 x tea + 1,2 (hot)\",\"setType\":\"replace\",\"type\":\"html\"}]", withNote.Text);
        Assert.Equal("[{\"selector\":\"#order\",\"html\":\"2 x tea +  (none)\",\"setType\":\"replace\",\"type\":\"html\"}]", withoutNote.Text);
    }

    [Fact]
    public void Nullable_parameters_accept_null()
    {
        using var client = new AjaxClient(AjaxApps.Create(ajax =>
            ajax.RegisterCallback("maybe", (AjaxResponse r, int? count, string? name) => r.Alert($"{count?.ToString() ?? "no count"}, {name ?? "no name"}"))));

        Assert.Equal("[{\"alert\":\"no count, no name\",\"type\":\"alert\"}]", client.Call("maybe", null, null).Text);
    }

    [Fact]
    public void Asynchronous_callbacks_are_awaited_before_the_answer()
    {
        using var client = new AjaxClient(AjaxApps.Create(ajax => ajax.RegisterCallback("slow", async (AjaxResponse r) =>
        {
            await Task.Yield();
            r.Alert("after the await");
        })));

        Assert.Equal("[{\"alert\":\"after the await\",\"type\":\"alert\"}]", client.Call("slow").Text);
    }

    [Fact]
    public void Static_methods_of_a_type_register_by_their_snake_case_names()
    {
        using var client = new AjaxClient(AjaxApps.Create(ajax => ajax.RegisterObject(typeof(Handlers))));

        Assert.Equal("[{\"alert\":\"Hi, Ann!\",\"type\":\"alert\"}]", client.Call("say_hi_to", "Ann").Text);
        Assert.Equal(Unavailable, client.Call("helper").Text);
    }

    [Fact]
    public void Callbacks_belong_to_one_request_only()
    {
        var requests = 0;
        using var client = new AjaxClient(AjaxApps.Create(ajax =>
        {
            // The page (request 1) and the first call (request 2) register it; the second call does not.
            if (Interlocked.Increment(ref requests) <= 2)
            {
                ajax.RegisterCallback("once", (AjaxResponse r) => r.Alert("once"));
            }
        }));

        Assert.Equal("[{\"alert\":\"once\",\"type\":\"alert\"}]", client.Call("once").Text);
        Assert.Equal(Unavailable, client.Call("once").Text);
    }

    [Fact]
    public void A_callback_must_take_the_response_first()
    {
        var ajax = NewAjax();

        var error = Assert.Throws<ArgumentException>(() => ajax.RegisterCallback("bad", (string name) => name));

        Assert.StartsWith("The Ajax callback 'bad' (", error.Message);
        Assert.EndsWith(") must take an AjaxResponse as its first parameter.", error.Message);
    }

    [Fact]
    public void An_upload_callback_must_take_the_files_and_the_form_values()
    {
        var error = Assert.Throws<ArgumentException>(() => NewAjax().RegisterUploadCallback("photo", (AjaxUploadResponse r, string title) => { }));

        Assert.EndsWith("must take (AjaxUploadResponse response, MultiDict<FileStorage> files, MultiDict<string> formValues).", error.Message);
    }

    [Fact]
    public void The_upload_callbacks_script_registers_its_form_safely_inside_a_script_element()
    {
        var script = NewAjax().RegisterUploadCallback("a</script>", (AjaxUploadResponse r, MultiDict<FileStorage> files, MultiDict<string> form) => { });

        Assert.Equal("Carafe.Ajax.registerUploadForm({\"formId\":\"a\\u003C/script\\u003E\",\"callback\":\"a\\u003C/script\\u003E_upload\"});", script.Html);
    }

    [Fact]
    public void Flushing_a_regular_callback_is_an_error_that_says_how_to_stream()
    {
        using var client = new AjaxClient(AjaxApps.Create(ajax => ajax.RegisterCallback("flush", (AjaxResponse r) => r.Alert("x").FlushAsync())));

        var error = Assert.Throws<InvalidOperationException>(() => client.Call("flush"));

        Assert.Equal(
            "Flushing is only for comet and upload callbacks: a regular callback's commands are all sent when it returns. " +
            "Register the callback with RegisterCometCallback to stream its commands as it goes.", error.Message);
    }

    [Fact]
    public void Processing_a_request_that_is_not_an_ajax_call_is_an_error()
    {
        var app = new CarafeApp();
        app.Extensions.Options.Enabled = ["Ajax"];
        app.Config["TESTING"] = true;
        app.Get("/", (Ajax ajax) => ajax.ProcessRequestAsync());
        using var client = Carafe.Testing.CarafeAppTestingExtensions.TestClient(app);

        var error = Assert.Throws<InvalidOperationException>(() => client.Get("/"));

        Assert.StartsWith("ProcessRequestAsync was called for a request that is not an Ajax call", error.Message);
    }

    [Theory]
    [InlineData(new string[0], new[] { "GET", "POST" })]
    [InlineData(new[] { "PUT" }, new[] { "PUT", "POST" })]
    [InlineData(new[] { "GET", "POST" }, new[] { "GET", "POST" })]
    public void Ajax_routes_also_accept_post(string[] methods, string[] expected)
    {
        Assert.Equal(expected, Ajax.Methods(methods));
    }

    private const string Unavailable = "[{\"alert\":\"The action you performed is unavailable! (Sijax error)\",\"type\":\"alert\"}]";

    private static Ajax NewAjax() => new(new AjaxSettings(), new ServiceCollection().BuildServiceProvider());

    public static class Handlers
    {
        public static void SayHiTo(AjaxResponse response, string name) => response.Alert($"Hi, {name}!");

        public static string Helper(string value) => value;
    }
}
