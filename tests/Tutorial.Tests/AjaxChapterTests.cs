using System.Text.RegularExpressions;
using Carafe;
using Carafe.Ajax.Tests.Support;
using Carafe.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Tutorial.Tests;

/// <summary>The AJAX chapter: through the test client, and as a user clicks through it in Debian's Chromium.</summary>
public partial class AjaxChapterTests(AjaxChapterTests.Site site) : IClassFixture<AjaxChapterTests.Site>
{
    private static CarafeApp App(string uploads)
    {
        var app = TutorialApp.Create([], AppContext.BaseDirectory);
        app.Config["UPLOAD_FOLDER"] = uploads;
        app.Config["TUTORIAL_PROGRESS_PAUSE_MS"] = 0;
        return app;
    }

    [Fact]
    public void The_page_loads_the_client_with_its_csrf_token_and_is_linked_from_the_index()
    {
        using var client = App(Path.GetTempPath()).TestClient();

        var page = client.Get("/ajax").Text;

        Assert.Contains("<li><a href=\"/ajax\">AJAX</a></li>", client.Get("/").Text);
        Assert.Matches(ClientScript(), page);
        Assert.Contains("<script>Carafe.Ajax.registerUploadForm({\"formId\":\"photo_form\",\"callback\":\"photo_form_upload\"});</script>", page);
    }

    [Fact]
    public void A_call_with_the_pages_token_greets_and_one_without_is_refused()
    {
        using var client = App(Path.GetTempPath()).TestClient();
        var token = ClientScript().Match(client.Get("/ajax").Text).Groups[1].Value;
        var form = new Dictionary<string, string> { ["sijax_rq"] = "greet", ["sijax_args"] = "[\"Ada <L>\"]" };

        var greeted = client.Post("/ajax", form: form, headers: new Dictionary<string, string> { ["X-CSRFToken"] = token });
        var refused = client.Post("/ajax", form: form);

        Assert.Equal(
            "[{\"alert\":\"Hello, Ada <L>!\",\"type\":\"alert\"},{\"selector\":\"#greeting\",\"html\":\"Greetings, Ada &lt;L&gt;.\",\"setType\":\"replace\",\"type\":\"html\"}," +
            "{\"selector\":\"#greeting\",\"key\":\"color\",\"value\":\"seagreen\",\"type\":\"css\"}]", greeted.Text);
        Assert.Equal(400, refused.StatusCode);
        Assert.Equal("[{\"alert\":\"The CSRF token is missing.\",\"type\":\"alert\"}]", refused.Text);
    }

    [Fact]
    public async Task A_user_greets_signs_the_guestbook_watches_the_progress_and_uploads_without_a_reload()
    {
        await using var browser = await site.Browser.OpenAsync(site.Url("/ajax"));
        var page = browser.Page;
        await page.EvaluateAsync("window.stayed = true");

        await page.FillAsync("#name", "Ada");
        await page.ClickAsync("#greet");
        Assert.Equal("Hello, Ada!", await browser.NextAlertAsync());
        await Expect(page.Locator("#greeting")).ToHaveTextAsync("Greetings, Ada.");
        await Expect(page.Locator("#greeting")).ToHaveCSSAsync("color", "rgb(46, 139, 87)");

        await page.FillAsync("#guestbook input[name=name]", "Ada");
        await page.FillAsync("#guestbook textarea", "Lovely <b>tea</b>");
        await page.ClickAsync("#sign");
        await Expect(page.Locator("#entries li")).ToHaveTextAsync(["Ada: Lovely <b>tea</b>"]);
        await Expect(page.Locator("#guestbook textarea")).ToHaveValueAsync("");
        await Expect(page.Locator("#entry-count")).ToHaveTextAsync("1");

        await page.ClickAsync("#work");
        await Expect(page.Locator("#progress-text")).ToHaveTextAsync("Done!");
        await Expect(page.Locator("#progress-bar")).ToHaveAttributeAsync("style", new Regex("width: 100%"));

        await page.SetInputFilesAsync("#photo_form input[name=photo]", new FilePayload { Name = "my beach.png", MimeType = "image/png", Buffer = [1, 2, 3, 4] });
        await page.FillAsync("#photo_form input[name=caption]", "Sea");
        await page.ClickAsync("#upload");
        await Expect(page.Locator("#upload-result")).ToHaveTextAsync("Saved my_beach.png (4 bytes), captioned “Sea”.");
        await Expect(page.Locator("#photo_form input[name=caption]")).ToHaveValueAsync("");

        Assert.False(browser.HasUnreadAlert);
        Assert.Equal([1, 2, 3, 4], await File.ReadAllBytesAsync(Path.Combine(site.Uploads, "my_beach.png")));
        Assert.True(await page.EvaluateAsync<bool>("window.stayed === true"));
        Assert.Empty(browser.Errors);
    }

    [GeneratedRegex("<script src=\"/ajax/static/carafe-ajax\\.js\" data-request-uri=\"/ajax\" data-csrf-token=\"([^\"]+)\"></script>")]
    private static partial Regex ClientScript();

    /// <summary>The Tutorial on Kestrel and Debian's Chromium, shared by the tests of the class.</summary>
    public sealed class Site : IAsyncLifetime
    {
        private LiveServer? _server;

        public Browser Browser { get; } = new();

        public string Uploads { get; } = Directory.CreateTempSubdirectory("tutorial-ajax-uploads-").FullName;

        public string Url(string path) => _server!.UrlOf(path).ToString();

        public async Task InitializeAsync()
        {
            await Browser.InitializeAsync();
            _server = await LiveServer.StartAsync(App(Uploads));
        }

        public async Task DisposeAsync()
        {
            await Browser.DisposeAsync();
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
            Directory.Delete(Uploads, recursive: true);
        }
    }
}
