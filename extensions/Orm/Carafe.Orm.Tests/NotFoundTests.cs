using Carafe.Orm.Tests.Support;
using Carafe.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Carafe.Orm.Tests;

/// <summary>GetOr404, FirstOr404 and OneOr404 answer with Flask's 404 page and the description.</summary>
public class NotFoundTests
{
    private static TestClient Client(TempFolder folder)
    {
        var app = OrmApps.School(folder);
        app.Get("/students/<int:id>", (int id, SchoolDb db) => db.Students.GetOr404(id).Name, endpoint: "by_int");
        app.Get("/any/<id>", (string id, SchoolDb db) => db.Students.GetOr404(id, $"No student {id}.").Name, endpoint: "by_text");
        app.Get("/async/<id>", async (string id, SchoolDb db) => (await db.Students.GetOr404Async(id, "Not here.")).Name, endpoint: "by_async");
        app.Get("/first/<city>", (string city, SchoolDb db) => db.Students.Where(s => s.City == city).OrderBy(s => s.Id).FirstOr404($"Nobody in {city}.").Name, endpoint: "first");
        app.Get("/one/<city>", (string city, SchoolDb db) => db.Students.Where(s => s.City == city).OneOr404("Not exactly one.").Name, endpoint: "one");
        app.Get("/one-async/<city>", async (string city, SchoolDb db) => (await db.Students.Where(s => s.City == city).OneOr404Async()).Name, endpoint: "one_async");
        var client = app.TestClient();
        using var scope = client.Services.GetRequiredService<Orm>().AppScope();
        var db = scope.Get<SchoolDb>();
        db.Students.AddRange(new Student { Name = "Ada", City = "London" }, new Student { Name = "Alan", City = "London" }, new Student { Name = "Grace", City = "Arlington" });
        db.SaveChanges();
        return client;
    }

    [Theory]
    [InlineData("/students/1", 200, "Ada")]
    [InlineData("/any/3", 200, "Grace")]
    [InlineData("/async/2", 200, "Alan")]
    [InlineData("/first/London", 200, "Ada")]
    [InlineData("/one/Arlington", 200, "Grace")]
    [InlineData("/one-async/Arlington", 200, "Grace")]
    public void Found_entities_are_answered(string url, int status, string body)
    {
        using var folder = new TempFolder();
        using var client = Client(folder);

        var response = client.Get(url);

        Assert.Equal((status, body), (response.StatusCode, response.Text));
    }

    [Theory]
    [InlineData("/students/99", "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.")]
    [InlineData("/students/abc", "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.")]
    [InlineData("/any/99", "No student 99.")]
    [InlineData("/any/abc", "No student abc.")]
    [InlineData("/any/99999999999999999999", "No student 99999999999999999999.")]
    [InlineData("/async/x1", "Not here.")]
    [InlineData("/first/Paris", "Nobody in Paris.")]
    [InlineData("/one/London", "Not exactly one.")]
    [InlineData("/one/Paris", "Not exactly one.")]
    [InlineData("/one-async/Paris", "The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.")]
    public void Missing_entities_and_ids_of_the_wrong_form_are_Flasks_404_page_with_the_description(string url, string description)
    {
        using var folder = new TempFolder();
        using var client = Client(folder);

        var response = client.Get(url);

        Assert.Equal(404, response.StatusCode);
        Assert.Equal("<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>" + description + "</p>\n", response.Text);
    }
}
