using static Carafe.Helpers;

namespace Carafe.Tests.App;

public class FlashTests
{
    private static CarafeApp App()
    {
        var app = TestApps.Create();
        app.Get("/flash", () =>
        {
            Flash("Plain info");
            Flash("Watch out", "warning");
            Flash("It broke <badly>", "error");
            Flash("Second error", "error");
            return "flashed";
        });
        app.Get("/all", () => GetFlashedMessagesWithCategories().Select(m => new[] { m.Category, m.Message }).ToList());
        app.Get("/errors", () => new Dictionary<string, object?>
        {
            ["errors"] = GetFlashedMessages(["error"]),
            ["left"] = GetFlashedMessages().Count,
        });
        return app;
    }

    [Fact]
    public void Messages_are_shown_once_in_order_with_categories()
    {
        using var client = App().Client();
        var flashing = client.Get("/flash");
        Assert.Single(flashing.Headers.GetAll("Set-Cookie"));

        var shown = client.Get("/all");
        Assert.Equal("[[\"message\",\"Plain info\"],[\"warning\",\"Watch out\"],[\"error\",\"It broke <badly>\"],[\"error\",\"Second error\"]]\n", shown.Text);
        Assert.StartsWith("session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT", Assert.Single(shown.Headers.GetAll("Set-Cookie")));
        Assert.Equal("[]\n", client.Get("/all").Text);
    }

    [Fact]
    public void Category_filter_shows_some_but_consumes_all()
    {
        using var client = App().Client();
        client.Get("/flash");

        Assert.Equal("{\"errors\":[\"It broke <badly>\",\"Second error\"],\"left\":4}\n", client.Get("/errors").Text);
        Assert.Equal("{\"errors\":[],\"left\":0}\n", client.Get("/errors").Text);
    }
}
