using Carafe.Testing;

namespace Carafe.Ajax.Tests.Support;

/// <summary>The demo app on Kestrel and one browser, shared by the tests of a class.</summary>
public sealed class DemoSite : IAsyncLifetime
{
    private readonly DemoApp _demo = new();
    private LiveServer? _server;

    public Browser Browser { get; } = new();

    public SemaphoreSlim ProgressSteps => _demo.ProgressSteps;

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        _server = await LiveServer.StartAsync(_demo.Create());
    }

    public Task<BrowserPage> OpenAsync(string path = "/") => Browser.OpenAsync(_server!.UrlOf(path).ToString());

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        await Browser.DisposeAsync();
    }
}
