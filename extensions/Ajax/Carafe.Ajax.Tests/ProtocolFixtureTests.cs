using System.Text.Json;
using Carafe.Ajax.Tests.Support;
using Carafe.Testing;

namespace Carafe.Ajax.Tests;

/// <summary>
/// Sijax's wire protocol, byte for byte: each scenario of Fixtures/sijax_protocol.json was
/// answered by the real Sijax 0.3.2 (generate_fixtures.py); Carafe's Ajax, given the same
/// callbacks and the same form post, answers the same body.
/// </summary>
public class ProtocolFixtureTests
{
    private static readonly Dictionary<string, Action<Ajax>> Callbacks = new()
    {
        ["alert"] = SayHi,
        ["every_command"] = ajax => ajax.RegisterCallback("every_command", (AjaxResponse r) => r
            .Alert("<b>\"Ça va\"</b> & 'ok' — ünïcödé")
            .Html("#greeting", "<strong>Hey!</strong>")
            .HtmlAppend("ul.entries", "<li>new</li>")
            .HtmlPrepend("ul.entries", "<li>first</li>")
            .Css("#greeting", "backgroundColor", "red")
            .Attr("#name", "disabled", true)
            .AttrAppend("#link", "href", "?page=2")
            .AttrPrepend("#title", "title", "New: ")
            .Remove(".flash")
            .Script("document.title = 'done';")
            .Redirect("/next?a=1&b=é")
            .Call("setProgress", 40, "half", new Dictionary<string, object?> { ["k"] = new object?[] { 1, null, true } })),
        ["clear_commands"] = ajax => ajax.RegisterCallback("cleared", (AjaxResponse r) => r.Alert("dropped").ClearCommands().Html("#kept", "kept")),
        ["typed_arguments"] = ajax => ajax.RegisterCallback("add", (AjaxResponse r, int a, int b) => r.Html("#sum", (a + b).ToString())),
        ["unknown_callback"] = SayHi,
        ["wrong_argument_count"] = SayHi,
        ["missing_argument"] = SayHi,
        ["events"] = ajax => SayHi(ajax.OnBeforeProcessing(r => r.Html("#log", "before")).OnAfterProcessing(r => r.HtmlAppend("#log", " after"))),
        ["object"] = ajax => ajax.RegisterObject(new Greetings()),
        ["comet"] = ajax => ajax.RegisterCometCallback("progress", async (AjaxResponse r) =>
        {
            foreach (var percent in new[] { 25, 50, 100 })
            {
                r.Css("#bar", "width", $"{percent}%");
                await r.FlushAsync();
            }
            r.Html("#status", "done");
        }),
        ["upload"] = ajax => ajax.RegisterUploadCallback("photo_form", (AjaxUploadResponse r, MultiDict<FileStorage> files, MultiDict<string> form) =>
        {
            r.Html("#result", $"Got {string.Join(", ", files.Keys.Order())} for {form["title"]}");
            r.ResetForm();
        }),
    };

    public static TheoryData<string> Scenarios => [.. Fixtures().Keys];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Answers_as_Sijax_does(string scenario)
    {
        var fixture = Fixtures()[scenario];
        using var client = new AjaxClient(AjaxApps.Create(Callbacks[scenario]));
        var form = fixture.GetProperty("form").EnumerateObject().ToDictionary(field => field.Name, field => field.Value.GetString()!);
        var files = fixture.GetProperty("files").EnumerateArray().Select(name => new TestFile(name.GetString()!, "photo.png", [1, 2, 3], "image/png"));

        var response = client.Post(form, files.ToList() is { Count: > 0 } list ? list : null);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(fixture.GetProperty("body").GetString(), response.Text);
    }

    [Fact]
    public void Every_scenario_of_the_fixtures_is_replayed()
    {
        Assert.Equal(Fixtures().Keys.Order(), Callbacks.Keys.Order());
    }

    private static void SayHi(Ajax ajax) => ajax.RegisterCallback("say_hi", (AjaxResponse r, string name) => r.Alert($"Hi, {name}!"));

    private static Dictionary<string, JsonElement> Fixtures() =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sijax_protocol.json")))!;

    /// <summary>Sijax's <c>register_object</c>: public methods are callbacks, the rest are not.</summary>
    public sealed class Greetings
    {
        public static void Unrelated()
        {
        }

        public void SayHi(AjaxResponse response) => response.Alert("hi from an object");

        internal void Hidden(AjaxResponse response) => response.Alert("never");
    }
}
