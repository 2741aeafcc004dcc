using Carafe.Testing;

namespace Carafe.Tests.App;

public class AttributedViewTests
{
    public static class UserViews
    {
        [Route("/users/")]
        public static string ListUsers() => "all users";

        [Route("/users/<int:id>")]
        [Route("/people/<int:id>", Endpoint = "person")]
        public static string ShowUser(int id) => $"user {id}";

        [Route("/users/", Methods = ["POST"], Endpoint = "create_user")]
        public static async Task<(string, int)> Create(Request request)
        {
            await Task.Yield();
            return ($"created {request.Form["name"]}", 201);
        }
    }

    public sealed class Counter(string prefix)
    {
        private int _count;

        [Route("/count")]
        public string Count() => $"{prefix} {++_count}";
    }

    [Fact]
    public void Static_views_with_one_or_more_rules_and_async_bodies()
    {
        var app = TestApps.Create();
        app.AddViews(typeof(UserViews));
        using var client = app.Client();

        Assert.Equal("all users", client.Get("/users/").Text);
        Assert.Equal("user 7", client.Get("/users/7").Text);
        Assert.Equal("user 8", client.Get("/people/8").Text);
        var created = client.Post("/users/", form: new { name = "ada" });
        Assert.Equal(201, created.StatusCode);
        Assert.Equal("created ada", created.Text);
        using var context = app.TestRequestContext();
        Assert.Equal("/users/3", Helpers.UrlFor("show_user", new { id = 3 }));
        Assert.Equal("/people/3", Helpers.UrlFor("person", new { id = 3 }));
        Assert.Equal("/users/", Helpers.UrlFor("list_users"));
    }

    [Fact]
    public void Instance_views_are_called_on_the_instance_given()
    {
        var app = TestApps.Create();
        app.AddViews(new Counter("visit"));
        using var client = app.Client();

        Assert.Equal("visit 1", client.Get("/count").Text);
        Assert.Equal("visit 2", client.Get("/count").Text);
    }

    [Fact]
    public void A_class_without_views_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => TestApps.Create().AddViews(typeof(AttributedViewTests)));
        Assert.StartsWith("AttributedViewTests has no public static method with a [Route] attribute.", error.Message);
    }
}
