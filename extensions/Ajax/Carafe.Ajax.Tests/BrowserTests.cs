using System.Text.RegularExpressions;
using Carafe.Ajax.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Carafe.Ajax.Tests;

/// <summary>The client in Debian's Chromium against the app on Kestrel: what a user sees after each command kind.</summary>
public class BrowserTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task Typing_a_name_and_clicking_greets_with_an_alert_html_and_css()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;

        await page.FillAsync("#name", "Ann <3");
        await page.ClickAsync("#greet");

        Assert.Equal("Hi, Ann <3!", await browser.NextAlertAsync());
        await Expect(page.Locator("#greeting")).ToHaveTextAsync("Hello, Ann <3");
        await Expect(page.Locator("#greeting")).ToHaveCSSAsync("background-color", "rgb(255, 0, 0)");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Html_commands_replace_append_and_prepend_and_run_the_scripts_they_bring()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;

        await page.EvaluateAsync("Carafe.Ajax.request('html_commands')");

        Assert.Equal("<b>replaced</b>", await page.Locator("#target").EvaluateAsync<string>("e => e.firstElementChild.outerHTML"));
        Assert.Equal(["first", "middle", "last"], await page.Locator("#list li").AllTextContentsAsync());
        Assert.Equal("yes", await page.EvaluateAsync<string>("document.body.dataset.ran"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Attr_commands_set_properties_and_attributes_and_append_and_prepend_to_them()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;

        await page.EvaluateAsync("Carafe.Ajax.request('attr_commands')");

        await Expect(page.Locator("#field")).ToBeDisabledAsync();
        await Expect(page.Locator("#box")).ToHaveAttributeAsync("data-state", "open");
        Assert.EndsWith("/items?page=2", await page.Locator("#link").EvaluateAsync<string>("e => e.href"));
        await Expect(page.Locator("#title")).ToHaveAttributeAsync("title", "New: Old");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Remove_script_and_call_commands_act_on_the_page()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;

        await page.EvaluateAsync("Carafe.Ajax.request('other_commands')");

        await Expect(page.Locator(".flash")).ToHaveCountAsync(0);
        await Expect(page.Locator("#scripted")).ToHaveTextAsync("from a script");
        await Expect(page.Locator("#progress-label")).ToHaveTextAsync("40 half");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Cleared_commands_never_reach_the_page()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;

        await page.EvaluateAsync("Carafe.Ajax.request('cleared')");

        await Expect(page.Locator("#kept")).ToHaveTextAsync("kept");
        Assert.False(browser.HasUnreadAlert);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_redirect_command_takes_the_browser_to_the_next_page()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;

        await page.EvaluateAsync("void Carafe.Ajax.request('go')");

        await Expect(page).ToHaveURLAsync(new Regex("/next$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Next page");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Form_values_of_every_kind_of_field_reach_the_callback()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;

        await page.ClickAsync("#send-values");

        await Expect(page.Locator("#echo")).ToHaveTextAsync(
            "{\"text\":\"plain\",\"notes\":\"two\\nlines\",\"size\":\"M\",\"colours\":[\"red\",\"blue\"],\"agree\":\"yes\",\"plan\":\"pro\"," +
            "\"tags\":[\"a\",\"b\"],\"address\":{\"city\":\"Lyon\"},\"secret\":\"h\"}");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_call_may_go_to_another_uri_and_resolves_with_the_commands_it_ran()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;

        var types = await page.EvaluateAsync<string[]>("Carafe.Ajax.request('where', [], { uri: '/elsewhere' }).then(commands => commands.map(c => c.type))");

        Assert.Equal(["html"], types);
        await Expect(page.Locator("#where")).ToHaveTextAsync("answered by /elsewhere");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task An_unknown_callback_and_a_wrong_call_show_sijaxs_alerts()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;

        await page.EvaluateAsync("Carafe.Ajax.request('nope')");
        Assert.Equal(Ajax.InvalidRequestMessage, await browser.NextAlertAsync());
        await page.EvaluateAsync("Carafe.Ajax.request('greet', [1, 2])");
        Assert.Equal(Ajax.InvalidCallMessage, await browser.NextAlertAsync());

        await Expect(page.Locator("#greeting")).ToHaveTextAsync("Hello");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_comet_progress_bar_moves_with_each_batch_while_the_server_works()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;

        await page.ClickAsync("#start");

        // The server holds the next batch until the test releases it: the bar moves before the response ends.
        await Expect(page.Locator("#percent")).ToHaveTextAsync("25%");
        await Expect(page.Locator("#bar")).ToHaveAttributeAsync("style", new Regex("width: 25%"));
        site.ProgressSteps.Release();
        await Expect(page.Locator("#percent")).ToHaveTextAsync("50%");
        site.ProgressSteps.Release();
        await Expect(page.Locator("#percent")).ToHaveTextAsync("done");
        await Expect(page.Locator("#bar")).ToHaveAttributeAsync("style", new Regex("width: 100%"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_page_on_sijaxs_own_iframe_client_gets_each_batch_intact()
    {
        await using var browser = await site.OpenAsync("/sijax-page");
        var page = browser.Page;

        await page.ClickAsync("#go");

        await Expect(page.Locator("#log li")).ToHaveTextAsync(["html one</script>", "html two"]);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_form_with_a_file_uploads_without_leaving_the_page_and_is_reset()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;
        await page.EvaluateAsync("window.stayed = true");

        await page.FillAsync("#photo_form input[name=title]", "Holidays");
        await page.SetInputFilesAsync("#photo_form input[name=photo]", new FilePayload { Name = "beach.png", MimeType = "image/png", Buffer = [1, 2, 3, 4] });
        await page.ClickAsync("#upload");

        await Expect(page.Locator("#result")).ToHaveTextAsync("Got beach.png (4 bytes, image/png) for Holidays from photo_form");
        await Expect(page.Locator("#photo_form input[name=title]")).ToHaveValueAsync("");
        Assert.True(await page.EvaluateAsync<bool>("window.stayed === true"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_forged_request_is_refused_and_changes_nothing()
    {
        await using var browser = await site.OpenAsync();
        var page = browser.Page;

        var status = await page.EvaluateAsync<int>(
            "Carafe.Ajax.setCsrfToken('forged'); Carafe.Ajax.request('greet', ['Eve']).then(() => 200, error => error.status)");

        Assert.Equal(400, status);
        Assert.Equal("The CSRF token is invalid.", await browser.NextAlertAsync());
        await Expect(page.Locator("#greeting")).ToHaveTextAsync("Hello");
        // Chromium reports the refused fetch itself; nothing else went wrong.
        Assert.Equal(["Failed to load resource: the server responded with a status of 400 (Bad Request)"], browser.Errors);
    }
}
