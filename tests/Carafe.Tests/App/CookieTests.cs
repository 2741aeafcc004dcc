using static Carafe.Helpers;

namespace Carafe.Tests.App;

public class CookieTests
{
    private static CarafeApp App()
    {
        var app = TestApps.Create();
        app.Post("/setcookie", (Request request) =>
        {
            var response = MakeResponse("cookie set");
            response.SetCookie("userID", request.Form["nm"]);
            return response;
        });
        app.Get("/getcookie", (Request request) => $"welcome {request.Cookies.GetValueOrDefault("userID") ?? "None"}");
        app.Get("/attributes", () =>
        {
            var response = MakeResponse("attributes");
            response.SetCookie("dated", "d1", expires: new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
            response.SetCookie("flags", "f1", secure: true, httpOnly: true, sameSite: "Lax");
            response.SetCookie("strict", "st1", sameSite: "Strict");
            response.SetCookie("quoted", "hello world;x");
            response.SetCookie("unicode", "José Ü");
            return response;
        });
        app.Get("/delete", () =>
        {
            var response = MakeResponse("deleted");
            response.DeleteCookie("userID");
            response.DeleteCookie("scoped", path: "/cookies/");
            return response;
        });
        app.Get("/echo", (Request request) => request.Cookies.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary());
        return app;
    }

    [Fact]
    public void Form_post_sets_the_cookie_and_another_route_reads_it()
    {
        using var client = App().Client();
        Assert.Equal("welcome None", client.Get("/getcookie").Text);

        var set = client.Post("/setcookie", form: new { nm = "alice" });
        Assert.Equal("userID=alice; Path=/", Assert.Single(set.Headers.GetAll("Set-Cookie")));
        Assert.Equal("welcome alice", client.Get("/getcookie").Text);
    }

    [Fact]
    public void Set_cookie_without_the_form_field_is_400()
    {
        using var client = App().Client();
        var response = client.Post("/setcookie");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(TestApps.BadRequestPage, response.Text);
    }

    [Fact]
    public void Attributes_come_in_werkzeugs_order_and_values_are_quoted_with_octal_escapes()
    {
        using var client = App().Client();
        var cookies = client.Get("/attributes").Headers.GetAll("Set-Cookie");

        Assert.Equal(
        [
            "dated=d1; Expires=Wed, 02 Jan 2030 03:04:05 GMT; Path=/",
            "flags=f1; Secure; HttpOnly; Path=/; SameSite=Lax",
            "strict=st1; Path=/; SameSite=Strict",
            "quoted=\"hello world\\073x\"; Path=/",
            "unicode=\"Jos\\303\\251 \\303\\234\"; Path=/",
        ], cookies);
        Assert.Equal(
            "{\"dated\":\"d1\",\"flags\":\"f1\",\"quoted\":\"hello world;x\",\"strict\":\"st1\",\"unicode\":\"Jos\\u00e9 \\u00dc\"}\n",
            client.Get("/echo").Text);
    }

    [Fact]
    public void Delete_cookie_expires_it_on_its_path()
    {
        using var client = App().Client();
        Assert.Equal(
        [
            "userID=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/",
            "scoped=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/cookies/",
        ], client.Get("/delete").Headers.GetAll("Set-Cookie"));
    }

    [Fact]
    public void Reading_takes_the_first_of_repeated_names_and_unquotes()
    {
        using var client = App().Client();
        var response = client.Get("/echo", headers: new Dictionary<string, string> { ["Cookie"] = "dup=1; dup=2; b=\"quoted value\"; ;;=x; novalue; e=5" });

        Assert.Equal("{\"b\":\"quoted value\",\"dup\":\"1\",\"e\":\"5\",\"novalue\":\"\"}\n", response.Text);
    }
}
