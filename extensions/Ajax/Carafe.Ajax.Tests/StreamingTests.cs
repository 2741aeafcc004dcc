using Carafe.Ajax.Tests.Support;
using Carafe.Testing;

namespace Carafe.Ajax.Tests;

/// <summary>Comet and upload answers: Sijax's iframe HTML for Sijax's clients, one JSON list per line for ours.</summary>
public class StreamingTests
{
    private static AjaxClient Client() => new(AjaxApps.Create(ajax =>
    {
        ajax.RegisterCometCallback("progress", async (AjaxResponse r, int steps) =>
        {
            for (var step = 1; step <= steps; step++)
            {
                r.Html("#step", $"{step}</b>");
                await r.FlushAsync();
            }
            r.Alert("done");
        });
        ajax.RegisterUploadCallback("photo_form", (AjaxUploadResponse r, MultiDict<FileStorage> files, MultiDict<string> form) =>
            r.Html("#result", $"{files["photo"].Filename}: {string.Join(",", form.Keys)}"));
    }));

    private static Dictionary<string, string> Form(string name, string args) => new() { [Ajax.RequestField] = name, [Ajax.ArgsField] = args };

    [Fact]
    public void Our_client_gets_one_json_list_per_batch_and_line()
    {
        using var client = Client();

        var response = client.Post(Form("progress", "[2]"), accept: "application/json, application/x-ndjson");

        Assert.Equal("application/x-ndjson", response.ContentType);
        Assert.Equal(
            "[{\"selector\":\"#step\",\"html\":\"1</b>\",\"setType\":\"replace\",\"type\":\"html\"}]\n" +
            "[{\"selector\":\"#step\",\"html\":\"2</b>\",\"setType\":\"replace\",\"type\":\"html\"}]\n" +
            "[{\"alert\":\"done\",\"type\":\"alert\"}]\n", response.Text);
    }

    [Fact]
    public void Sijax_iframe_batches_never_close_their_script_element_early()
    {
        using var client = Client();

        var response = client.Post(Form("progress", "[1]"));

        Assert.Equal("text/html; charset=utf-8", response.ContentType);
        Assert.EndsWith(
            "window.parent.Sijax.processCommands([{\"selector\":\"#step\",\"html\":\"1<\\/b>\",\"setType\":\"replace\",\"type\":\"html\"}]);\n        </script>\n        " +
            "\n        <script type=\"text/javascript\">\n            window.parent.Sijax.processCommands([{\"alert\":\"done\",\"type\":\"alert\"}]);\n        </script>\n        ",
            response.Text);
    }

    [Fact]
    public void A_streamed_invalid_call_is_answered_in_the_stream()
    {
        using var client = Client();

        var response = client.Post(Form("progress", "[\"many\"]"), accept: "application/x-ndjson");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("[{\"alert\":\"You tried to perform an action in a wrong way! (Sijax error)\",\"type\":\"alert\"}]\n", response.Text);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[\"photo_form\", 2]")]
    [InlineData("[3]")]
    public void An_upload_call_without_its_form_id_is_an_invalid_call(string args)
    {
        AjaxInvalidCall? seen = null;
        using var client = new AjaxClient(AjaxApps.Create(ajax =>
        {
            ajax.RegisterUploadCallback("photo_form", (AjaxUploadResponse r, MultiDict<FileStorage> files, MultiDict<string> form) => r.Alert("never"));
            ajax.OnInvalidCall((r, call) => seen = call);
        }));

        var response = client.Post(Form("photo_form_upload", args), accept: "application/x-ndjson");

        Assert.Equal("", response.Text);
        Assert.Equal(new AjaxInvalidCall("photo_form_upload", "an upload call sends one argument, the id of its form."), seen);
    }

    [Fact]
    public void An_upload_gets_the_files_and_the_fields_without_the_protocols_own()
    {
        using var client = Client();
        var form = Form("photo_form_upload", "[\"photo_form\"]");
        form["title"] = "Holidays";
        form["csrf_token"] = client.Token;

        var response = client.Post(form, [new TestFile("photo", "beach.png", [1, 2], "image/png")], token: null, accept: "application/x-ndjson");

        Assert.Equal("[{\"selector\":\"#result\",\"html\":\"beach.png: title\",\"setType\":\"replace\",\"type\":\"html\"}]\n", response.Text);
    }
}
