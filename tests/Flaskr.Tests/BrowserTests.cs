using Carafe.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Flaskr.Tests;

/// <summary>
/// The main flows in Debian's chromium, driven by Playwright, against Flaskr on real Kestrel: register, log in,
/// write, edit and delete a post, log out, with no error in the browser's console on the way.
/// </summary>
public sealed class BrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";

    private readonly string _folder = Directory.CreateTempSubdirectory("flaskr-browser-").FullName;
    private LiveServer? _server;

    public async Task InitializeAsync()
    {
        var app = FlaskrApp.Create([], Support.TestFlaskr.Config(Path.Combine(_folder, "flaskr.sqlite")));
        app.InstancePath = _folder;
        _server = await LiveServer.StartAsync(app);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task RegisterLogInWriteEditDeleteLogOut()
    {
        Assert.True(File.Exists(Chromium), $"Debian's chromium is not installed ({Chromium} is missing): ./test.sh installs it (it is in needed_packages), or run 'apt-get install -y chromium'.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            // No background lookups: the page under test is all the browser talks to.
            Args = ["--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"],
        });
        var baseUrl = _server!.Url.ToString();
        var page = await browser.NewPageAsync(new() { BaseURL = baseUrl });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Dialog += (_, dialog) => dialog.AcceptAsync();

        await page.GotoAsync("/");
        // The stylesheet is served and applied.
        Assert.Equal("flex", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('nav')).display"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Register" }).ClickAsync();
        await page.FillAsync("#username", "ada");
        await page.FillAsync("#password", "lovelace");
        await page.FillAsync("#email", "ada@example.com");
        await page.ClickAsync("input[type=submit]");
        await Expect(page).ToHaveURLAsync(baseUrl + "auth/login");

        await page.FillAsync("#username", "ada");
        await page.FillAsync("#password", "lovelace");
        await page.ClickAsync("input[type=submit]");
        await Expect(page).ToHaveURLAsync(baseUrl);
        await Expect(page.Locator("nav span")).ToHaveTextAsync("ada");

        await page.GetByRole(AriaRole.Link, new() { Name = "New" }).ClickAsync();
        await page.FillAsync("#title", "First post");
        await page.FillAsync("#body", "Hello\nworld");
        await page.ClickAsync("input[type=submit]");
        await Expect(page).ToHaveURLAsync(baseUrl);
        await Expect(page.Locator("article.post h1")).ToHaveTextAsync("First post");
        await Expect(page.Locator("article.post .about")).ToContainTextAsync("by ada on ");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await Expect(page.Locator("#title")).ToHaveValueAsync("First post");
        await page.FillAsync("#title", "Edited post");
        await page.ClickAsync("input[type=submit][value=Save]");
        await Expect(page.Locator("article.post h1")).ToHaveTextAsync("Edited post");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await page.ClickAsync("input.danger");   // confirm('Are you sure?') is accepted
        await Expect(page).ToHaveURLAsync(baseUrl);
        await Expect(page.Locator("article.post")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Link, new() { Name = "Log Out" }).ClickAsync();
        await Expect(page.Locator("nav")).ToContainTextAsync("Log In");
        await Expect(page.Locator("nav span")).ToHaveCountAsync(0);
        Assert.Empty(errors);
    }
}
