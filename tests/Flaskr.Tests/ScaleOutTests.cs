using Carafe;
using Carafe.Deployment.Tests.Support;
using Carafe.Orm;
using Carafe.Orm.PostgreSql.Tests;
using Carafe.Testing;
using Flaskr.Data;
using Flaskr.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Flaskr.Tests;

/// <summary>
/// Flaskr scaled out by configuration alone: two instances on one real PostgreSQL
/// (<c>SQLALCHEMY_DATABASE_URI=postgresql://...</c>) and one real redis-server
/// (<c>SESSION_TYPE=redis</c>, <c>SESSION_REDIS</c>), as two processes behind a balancer.
/// </summary>
[Collection(nameof(PostgreSqlServer))]
public sealed class ScaleOutTests(PostgreSqlServer postgres, RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public void Two_instances_share_the_posts_and_the_sessions()
    {
        Assert.True(postgres.Unavailable is null, postgres.Unavailable);
        var config = Config(postgres.CreateDatabase());
        using var instanceA = FlaskrApp.Create([], config).TestClient();
        using var instanceB = FlaskrApp.Create([], config).TestClient();
        Seed(instanceA);

        Assert.Equal("/", instanceA.Submit("/auth/login", new { username = "test", password = "test" }).Location);
        instanceB.SetCookie("session", instanceA.GetCookie("session")!);
        Assert.Equal("/", instanceB.Submit("/create", new { title = "written on B", body = "shared" }).Location);

        var index = instanceA.Get("/").Text;
        Assert.Contains("<span>test</span>", index);
        Assert.Contains("written on B", index);
        instanceB.Get("/auth/logout");
        Assert.Contains("Log In", instanceA.Get("/").Text);
    }

    [Fact]
    public async Task The_session_is_in_Redis_and_the_cookie_holds_only_its_id_which_changes_at_login()
    {
        Assert.True(postgres.Unavailable is null, postgres.Unavailable);
        using var client = FlaskrApp.Create([], Config(postgres.CreateDatabase())).TestClient();
        Seed(client);
        client.Get("/auth/login");
        var before = client.GetCookie("session")!;

        client.Submit("/auth/login", new { username = "test", password = "test" });

        var after = client.GetCookie("session")!;
        Assert.NotEqual(before, after);
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var store = connection.GetDatabase();
        Assert.False(await store.KeyExistsAsync("session:" + IdIn(before)));
        var data = (string?)await store.HashGetAsync("session:" + IdIn(after), "data");
        Assert.Contains("\"user_id\":1", data);
        Assert.DoesNotContain("user_id", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Base64(after.Split('.')[0]))));
    }

    [Fact]
    public void Without_SESSION_TYPE_the_session_is_the_signed_cookie()
    {
        Assert.IsType<SecureCookieSessionInterface>(FlaskrApp.Create([], new Dictionary<string, object?> { ["TESTING"] = true }).SessionInterface);
    }

    [Fact]
    public void An_unknown_SESSION_TYPE_is_refused_naming_the_ones_Flaskr_knows()
    {
        var error = Assert.Throws<InvalidOperationException>(() => FlaskrApp.Create([], new Dictionary<string, object?> { ["SESSION_TYPE"] = "memcached" }));
        Assert.Equal("SESSION_TYPE 'memcached' is not one Flaskr knows: set 'redis' (and SESSION_REDIS), or leave it unset for the signed cookie session.", error.Message);
    }

    private Dictionary<string, object?> Config(string databaseUrl) => new()
    {
        ["TESTING"] = true,
        ["SECRET_KEY"] = "shared by every instance",
        ["SQLALCHEMY_DATABASE_URI"] = databaseUrl,
        ["SESSION_TYPE"] = "redis",
        ["SESSION_REDIS"] = redis.Configuration,
        ["SESSION_KEY_PREFIX"] = "session:",
    };

    // The tutorial's user "test", with a cheap hash: the app's own 600,000 rounds are for real passwords.
    private static void Seed(TestClient client)
    {
        using var scope = client.Services.GetRequiredService<Orm>().AppScope();
        var db = scope.Get<FlaskrDb>();
        db.Users.Add(new User { Username = "test", Password = TestFlaskr.TestPasswordHash, Email = "test@example.com" });
        db.SaveChanges();
    }

    // The cookie is Flask's signed payload: base64url JSON {"id": ...}, a timestamp and a signature.
    private static string IdIn(string cookie)
    {
        var json = System.Text.Json.JsonDocument.Parse(Convert.FromBase64String(Base64(cookie.Split('.')[0])));
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private static string Base64(string base64Url)
    {
        var padded = base64Url.Replace('-', '+').Replace('_', '/');
        return padded + new string('=', (4 - padded.Length % 4) % 4);
    }
}
