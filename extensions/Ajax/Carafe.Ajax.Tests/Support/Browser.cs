using System.Threading.Channels;
using Microsoft.Playwright;

namespace Carafe.Ajax.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, launched once per test class. Without
/// <c>/usr/bin/chromium</c> every browser test fails, saying how to get it: nothing passes unseen.
/// </summary>
public sealed class Browser(string chromiumPath = Browser.ChromiumPath) : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(chromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests drive Debian's Chromium at {chromiumPath}, which is not installed. Run ./test.sh, which installs " +
                "the Debian packages the tests need (chromium among them), or install it with: apt-get install -y chromium");
        }
        // Waiting for the page to change, not timing it: give a loaded machine room before giving up.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromiumPath,
            Headless = true,
            // No background lookups: the pages under test are all on 127.0.0.1.
            Args = ["--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"],
        });
    }

    /// <summary>A page in a context of its own (its own cookies), recording console errors and uncaught exceptions.</summary>
    public async Task<BrowserPage> OpenAsync(string url)
    {
        var context = await _browser!.NewContextAsync();
        var page = await context.NewPageAsync();
        var watched = new BrowserPage(context, page);
        await page.GotoAsync(url);
        return watched;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }
}

/// <summary>A browser page and the errors it logged.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];
    private readonly Channel<string> _alerts = Channel.CreateUnbounded<string>();

    internal BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (_errors)
                {
                    _errors.Add(message.Text);
                }
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            _alerts.Writer.TryWrite(dialog.Message);
            await dialog.AcceptAsync();
        };
        page.PageError += (_, error) =>
        {
            lock (_errors)
            {
                _errors.Add(error);
            }
        };
    }

    public IPage Page { get; }

    /// <summary>The console errors and uncaught exceptions so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>The message of the next alert the page shows (each is answered with OK); gives up after 15 seconds rather than hang.</summary>
    public async Task<string> NextAlertAsync()
    {
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await _alerts.Reader.ReadAsync(giveUp.Token);
    }

    /// <summary>Whether an alert was shown and not yet read with <see cref="NextAlertAsync"/>.</summary>
    public bool HasUnreadAlert => _alerts.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
