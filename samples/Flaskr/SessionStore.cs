using Carafe;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;

namespace Flaskr;

/// <summary>
/// Where sessions live, chosen by Flask-Session's keys: <c>SESSION_TYPE=redis</c> keeps them in
/// Redis at <c>SESSION_REDIS</c> (a StackExchange.Redis configuration string, <c>127.0.0.1:6379</c>
/// by default), shared by every instance; unset, the signed cookie.
/// </summary>
internal static class SessionStore
{
    /// <summary>The server-side session interface <c>SESSION_TYPE</c> asks for, or null for the signed cookie.</summary>
    public static DistributedCacheSessionInterface? FromConfig(Config config) => config.Get<string?>("SESSION_TYPE", null) switch
    {
        null or "" => null,
        "redis" => new DistributedCacheSessionInterface(
            new RedisCache(Options.Create(new RedisCacheOptions { Configuration = config.Get("SESSION_REDIS", "127.0.0.1:6379") })),
            config),
        var other => throw new InvalidOperationException($"SESSION_TYPE '{other}' is not one Flaskr knows: set 'redis' (and SESSION_REDIS), or leave it unset for the signed cookie session."),
    };
}
