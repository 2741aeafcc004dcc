using Carafe.Deployment.Tests.Support;
using Carafe.Sessions;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using static Carafe.Helpers;

namespace Carafe.Deployment.Tests;

/// <summary>The server-side session on the in-memory distributed cache: what is stored, what the cookie carries, and when each changes.</summary>
public class DistributedCacheSessionTests
{
    private readonly RecordingCache _cache = new(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));

    /// <summary>The session routes every session test uses; <paramref name="sessions"/> is the interface the app runs with.</summary>
    internal static CarafeApp App(IDistributedCache cache, out DistributedCacheSessionInterface sessions)
    {
        var app = DeploymentApps.Create();
        var sessionInterface = sessions = new DistributedCacheSessionInterface(cache, app.Config);
        app.SessionInterface = sessionInterface;
        app.Get("/", (Session session) => session.ContainsKey("username") ? $"Logged in as {session["username"]}" : "You are not logged in", endpoint: "index");
        app.Post("/login", (Request request, Session session) =>
        {
            session["username"] = request.Form["username"];
            sessionInterface.Regenerate(session);
            return Redirect("/");
        }, endpoint: "login");
        app.Get("/logout", (Session session) =>
        {
            session.Pop("username");
            return Redirect("/");
        }, endpoint: "logout");
        app.Get("/count", (Session session) =>
        {
            var count = session.Get("count", 0L) + 1;
            session["count"] = count;
            return $"count={count}";
        }, endpoint: "count");
        app.Get("/remember", (Session session) =>
        {
            session.Permanent = true;
            return "remembered";
        }, endpoint: "remember");
        app.Get("/rotate", (Session session) =>
        {
            sessionInterface.Regenerate(session);
            return "rotated";
        }, endpoint: "rotate");
        return app;
    }

    /// <summary>The id the session cookie carries, read as the app reads it.</summary>
    internal static string IdIn(string? cookie)
    {
        Assert.True(new SessionCodec("deployment test secret key").TryDecode(cookie, null, DateTimeOffset.UtcNow, out var signed));
        return Assert.IsType<string>(Assert.Single(signed, pair => pair.Key == "id").Value);
    }

    [Fact]
    public void The_cookie_carries_a_signed_id_and_the_values_live_in_the_cache()
    {
        using var client = App(_cache, out _).Client();

        var login = client.Post("/login", form: new { username = "alice" });

        Assert.Equal(302, login.StatusCode);
        Assert.Matches("^session=[^;]+; HttpOnly; Path=/; SameSite=Lax$", Assert.Single(login.Headers.GetAll("Set-Cookie")));
        Assert.Equal("Cookie", login.Headers["Vary"]);
        var id = IdIn(client.GetCookie("session"));
        Assert.Equal(43, id.Length);
        Assert.DoesNotContain("alice", client.GetCookie("session"));
        Assert.Equal("""{"username":"alice"}""", _cache.GetString("session:" + id));
        Assert.Equal("Logged in as alice", client.Get("/").Text);
    }

    [Fact]
    public void An_unchanged_session_is_neither_written_nor_sent_again()
    {
        using var client = App(_cache, out _).Client();
        client.Post("/login", form: new { username = "alice" });
        var writes = _cache.Writes.Count;

        var response = client.Get("/");

        Assert.Equal("Logged in as alice", response.Text);
        Assert.Empty(response.Headers.GetAll("Set-Cookie"));
        Assert.Equal("Cookie", response.Headers["Vary"]);
        Assert.Equal(writes, _cache.Writes.Count);
    }

    [Fact]
    public void A_change_is_written_under_the_same_id_with_a_sliding_expiry_of_the_session_lifetime()
    {
        var app = App(_cache, out _);
        app.Config["PERMANENT_SESSION_LIFETIME"] = TimeSpan.FromMinutes(20);
        using var client = app.Client();

        client.Get("/count");
        var id = IdIn(client.GetCookie("session"));
        var second = client.Get("/count");

        Assert.Equal("count=2", second.Text);
        Assert.Equal(id, IdIn(client.GetCookie("session")));
        Assert.Equal("""{"count":2}""", _cache.GetString("session:" + id));
        var (key, options) = _cache.Writes[^1];
        Assert.Equal(("session:" + id, TimeSpan.FromMinutes(20), null), (key, options.SlidingExpiration, options.AbsoluteExpirationRelativeToNow));
    }

    [Fact]
    public void Without_refresh_each_request_the_entry_expires_a_lifetime_after_its_last_change()
    {
        var app = App(_cache, out _);
        app.Config["PERMANENT_SESSION_LIFETIME"] = TimeSpan.FromMinutes(20);
        app.Config["SESSION_REFRESH_EACH_REQUEST"] = false;
        using var client = app.Client();

        client.Get("/count");

        var options = _cache.Writes[^1].Options;
        Assert.Equal((null, TimeSpan.FromMinutes(20)), (options.SlidingExpiration, options.AbsoluteExpirationRelativeToNow));
    }

    [Fact]
    public void A_permanent_session_gets_a_cookie_that_expires_with_it_renewed_on_each_request()
    {
        var app = App(_cache, out _);
        app.Config["PERMANENT_SESSION_LIFETIME"] = TimeSpan.FromDays(7);
        using var client = app.Client();
        client.Get("/remember");

        var response = client.Get("/");

        var cookie = Assert.Single(response.Headers.GetAll("Set-Cookie"));
        var expires = DateTimeOffset.Parse(cookie.Split("; ").Single(a => a.StartsWith("Expires=", StringComparison.Ordinal))["Expires=".Length..]);
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddDays(7).AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(7).AddMinutes(5));
    }

    [Fact]
    public void Emptying_the_session_deletes_the_entry_and_the_cookie()
    {
        using var client = App(_cache, out _).Client();
        client.Post("/login", form: new { username = "alice" });
        var id = IdIn(client.GetCookie("session"));

        var logout = client.Get("/logout");

        Assert.Equal(
            "session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/; SameSite=Lax",
            Assert.Single(logout.Headers.GetAll("Set-Cookie")));
        Assert.Null(_cache.GetString("session:" + id));
        Assert.Equal("You are not logged in", client.Get("/").Text);
    }

    [Fact]
    public void Regenerating_moves_the_values_to_a_new_id_and_the_old_id_is_worth_nothing()
    {
        using var client = App(_cache, out _).Client();
        client.Post("/login", form: new { username = "alice" });
        var oldCookie = client.GetCookie("session")!;
        var oldId = IdIn(oldCookie);

        var rotate = client.Get("/rotate");

        var newId = IdIn(client.GetCookie("session"));
        Assert.NotEqual(oldId, newId);
        Assert.Single(rotate.Headers.GetAll("Set-Cookie"));
        Assert.Null(_cache.GetString("session:" + oldId));
        Assert.Equal("""{"username":"alice"}""", _cache.GetString("session:" + newId));
        Assert.Equal("Logged in as alice", client.Get("/").Text);
        client.SetCookie("session", oldCookie);
        Assert.Equal("You are not logged in", client.Get("/").Text);
    }

    [Fact]
    public void A_session_id_planted_before_login_is_replaced_at_login()
    {
        using var client = App(_cache, out _).Client();
        client.Get("/count");
        var planted = IdIn(client.GetCookie("session"));

        client.Post("/login", form: new { username = "alice" });

        Assert.NotEqual(planted, IdIn(client.GetCookie("session")));
        Assert.Null(_cache.GetString("session:" + planted));
    }

    [Theory]
    [InlineData("not-a-signed-cookie")]
    [InlineData("eyJpZCI6ImFiYyJ9.ZwAAAA.forged")]
    public void A_forged_or_tampered_cookie_is_a_new_session_not_an_error(string cookie)
    {
        using var client = App(_cache, out _).Client();
        client.SetCookie("session", cookie);

        var response = client.Get("/");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("You are not logged in", response.Text);
    }

    [Fact]
    public void An_expired_or_foreign_entry_is_a_new_session_not_an_error()
    {
        using var client = App(_cache, out _).Client();
        client.Post("/login", form: new { username = "alice" });
        var id = IdIn(client.GetCookie("session"));

        _cache.SetString("session:" + id, "not json");
        Assert.Equal("You are not logged in", client.Get("/").Text);
        _cache.Remove("session:" + id);
        Assert.Equal("You are not logged in", client.Get("/").Text);
    }

    [Fact]
    public void The_key_prefix_is_configurable()
    {
        var app = App(_cache, out _);
        app.Config["SESSION_KEY_PREFIX"] = "blog:session:";
        using var client = app.Client();

        client.Get("/count");

        Assert.Equal("blog:session:" + IdIn(client.GetCookie("session")), _cache.Writes[^1].Key);
    }

    /// <summary>A distributed cache that also records every write and the expiry it was given.</summary>
    private sealed class RecordingCache(IDistributedCache inner) : IDistributedCache
    {
        public List<(string Key, DistributedCacheEntryOptions Options)> Writes { get; } = [];

        public byte[]? Get(string key) => inner.Get(key);

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(key, token);

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
        {
            Writes.Add((key, options));
            inner.Set(key, value, options);
        }

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
        {
            Writes.Add((key, options));
            return inner.SetAsync(key, value, options, token);
        }

        public void Refresh(string key) => inner.Refresh(key);

        public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

        public void Remove(string key) => inner.Remove(key);

        public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);
    }
}
