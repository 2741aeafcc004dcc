using Carafe.Deployment.Tests.Support;
using StackExchange.Redis;

namespace Carafe.Deployment.Tests;

/// <summary>Server-side sessions on a real redis-server, shared by two app instances as two processes behind a balancer would share them.</summary>
public sealed class RedisSessionTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public void Two_instances_sharing_one_Redis_see_the_same_session()
    {
        using var cacheA = redis.NewCache();
        using var cacheB = redis.NewCache();
        using var instanceA = DistributedCacheSessionTests.App(cacheA, out _).Client();
        using var instanceB = DistributedCacheSessionTests.App(cacheB, out _).Client();

        instanceA.Post("/login", form: new { username = "alice" });
        instanceB.SetCookie("session", instanceA.GetCookie("session")!);

        Assert.Equal("Logged in as alice", instanceB.Get("/").Text);
        Assert.Equal("count=1", instanceB.Get("/count").Text);
        Assert.Equal("count=2", instanceA.Get("/count").Text);
        Assert.Equal("count=3", instanceB.Get("/count").Text);
        instanceB.Get("/logout");
        Assert.Equal("You are not logged in", instanceA.Get("/").Text);
    }

    [Fact]
    public async Task The_entry_expires_in_Redis_after_the_session_lifetime()
    {
        using var cache = redis.NewCache();
        var app = DistributedCacheSessionTests.App(cache, out _);
        app.Config["PERMANENT_SESSION_LIFETIME"] = TimeSpan.FromMinutes(20);
        using var client = app.Client();

        client.Get("/count");

        var id = DistributedCacheSessionTests.IdIn(client.GetCookie("session"));
        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var timeToLive = await connection.GetDatabase().KeyTimeToLiveAsync("session:" + id);
        Assert.InRange(timeToLive!.Value, TimeSpan.FromMinutes(19), TimeSpan.FromMinutes(20));
    }

    [Fact]
    public void A_session_rotated_on_one_instance_is_gone_under_its_old_id_on_the_other()
    {
        using var cacheA = redis.NewCache();
        using var cacheB = redis.NewCache();
        using var instanceA = DistributedCacheSessionTests.App(cacheA, out _).Client();
        using var instanceB = DistributedCacheSessionTests.App(cacheB, out _).Client();
        instanceA.Post("/login", form: new { username = "alice" });
        var oldCookie = instanceA.GetCookie("session")!;

        instanceA.Get("/rotate");

        instanceB.SetCookie("session", oldCookie);
        Assert.Equal("You are not logged in", instanceB.Get("/").Text);
        instanceB.SetCookie("session", instanceA.GetCookie("session")!);
        Assert.Equal("Logged in as alice", instanceB.Get("/").Text);
    }
}
