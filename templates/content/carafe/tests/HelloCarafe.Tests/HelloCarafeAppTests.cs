using Carafe.Testing;

namespace HelloCarafe.Tests;

/// <summary>The app through Carafe's test client, from its real templates and static files.</summary>
public class HelloCarafeAppTests
{
    private static TestClient Client() => HelloCarafeApp.Create([], AppContext.BaseDirectory).TestClient();

    [Fact]
    public void The_index_greets_the_world_from_its_template()
    {
        using var client = Client();
        var page = client.Get("/");

        Assert.Equal(200, page.StatusCode);
        Assert.Equal("text/html; charset=utf-8", page.Headers["Content-Type"]);
        Assert.Contains("<h1>Hello, World!</h1>", page.Text);
        Assert.Contains("<a href=\"/hello/Carafe\">Say hello to Carafe</a>", page.Text);
    }

    [Fact]
    public void Names_in_the_url_are_escaped()
    {
        using var client = Client();

        Assert.Contains("<h1>Hello, &lt;Ann&gt;!</h1>", client.Get("/hello/%3CAnn%3E").Text);
    }

    [Fact]
    public void The_api_answers_json()
    {
        using var client = Client();
        var response = client.Get("/api/hello/Ann");

        Assert.Equal("application/json", response.Headers["Content-Type"]);
        Assert.Equal("{\"greeting\":\"Hello, Ann!\"}\n", response.Text);
    }

    [Fact]
    public void The_stylesheet_is_served_and_unknown_pages_are_404()
    {
        using var client = Client();

        Assert.Equal(200, client.Get("/static/style.css").StatusCode);
        Assert.Equal(404, client.Get("/nowhere").StatusCode);
    }
}
