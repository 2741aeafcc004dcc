using System.Text.Json;
using System.Text.RegularExpressions;
using Carafe.Testing;

namespace Carafe.Ajax.Tests.Support;

/// <summary>Calls an app's callbacks through the test client as the browser's client does: the page first (for the session and its CSRF token), then form posts.</summary>
internal sealed partial class AjaxClient : IDisposable
{
    public AjaxClient(CarafeApp app, string page = "/")
    {
        Client = app.TestClient();
        Page = page;
        var html = Client.Get(page).Text;
        Token = CsrfTokenAttribute().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"No data-csrf-token on {page}: {html}");
    }

    public TestClient Client { get; }

    public string Page { get; }

    public string Token { get; }

    public TestResponse Call(string name, params object?[] arguments) => Post(new Dictionary<string, string>
    {
        [Ajax.RequestField] = name,
        [Ajax.ArgsField] = JsonSerializer.Serialize(arguments),
    });

    public TestResponse Post(IDictionary<string, string> form, IEnumerable<TestFile>? files = null, string? token = "", string? accept = null)
    {
        var headers = new Dictionary<string, string>();
        if (token is not null)
        {
            headers["X-CSRFToken"] = token == "" ? Token : token;
        }
        if (accept is not null)
        {
            headers["Accept"] = accept;
        }
        return Client.Post(Page, form: form, files: files, headers: headers);
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("data-csrf-token=\"([^\"]+)\"")]
    private static partial Regex CsrfTokenAttribute();
}
