using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using Carafe.Json;
using Carafe.Sessions;
using Microsoft.Extensions.Caching.Distributed;

namespace Carafe;

/// <summary>
/// Keeps the session on the server, in an <see cref="IDistributedCache"/> (Redis through
/// <c>Microsoft.Extensions.Caching.StackExchangeRedis</c> to share it between instances), as
/// Flask-Session does: the cookie carries only a random id, signed with <c>SECRET_KEY</c> as
/// Flask's session cookie is; the values live under <c>SESSION_KEY_PREFIX</c> (<c>session:</c>)
/// plus the id, as Flask's tagged JSON.
/// </summary>
/// <remarks>
/// Entries expire after <c>PERMANENT_SESSION_LIFETIME</c> without use (sliding) while
/// <c>SESSION_REFRESH_EACH_REQUEST</c> is on, the default; with it off, that long after they
/// were last changed (absolute). Permanent sessions get a cookie that expires with them; others a
/// browser-session cookie. Emptying the session deletes the entry and the cookie.
/// </remarks>
public sealed class DistributedCacheSessionInterface(IDistributedCache cache, Config config) : ISessionInterface
{
    private const string IdKey = "id";

    /// <inheritdoc/>
    public async ValueTask<Session?> OpenAsync(Request request, CancellationToken cancellationToken)
    {
        var secretKey = config.Get<string?>("SECRET_KEY", null);
        if (string.IsNullOrEmpty(secretKey)
            || !request.Cookies.TryGetValue(SessionCookie.From(config).Name, out var cookie)
            || !new SessionCodec(secretKey, Fallbacks).TryDecode(cookie, null, DateTimeOffset.UtcNow, out var signed)
            || signed.GetValueOrDefault(IdKey) is not string id)
        {
            return null;
        }
        // Reading an entry with a sliding expiry also extends it.
        var stored = await cache.GetAsync(KeyOf(id), cancellationToken);
        if (stored is null)
        {
            return null;
        }
        return TryDeserialize(stored, out var values) ? new ServerSideSession(id, values) : null;
    }

    /// <inheritdoc/>
    public async ValueTask SaveAsync(Session session, Request request, Response response, CancellationToken cancellationToken)
    {
        var cookie = SessionCookie.From(config);
        var stored = session as ServerSideSession;
        if (session.Accessed)
        {
            SessionCookie.AddVary(response);
        }
        if (session.Count == 0)
        {
            if (session.Modified)
            {
                if (stored is not null)
                {
                    await cache.RemoveAsync(KeyOf(stored.Id), cancellationToken);
                }
                cookie.Delete(response);
                SessionCookie.AddVary(response);
            }
            return;
        }
        var refresh = config.Get("SESSION_REFRESH_EACH_REQUEST", true);
        var newId = stored is null || stored.RegenerateRequested;
        if (!newId && !session.Modified && !(session.Permanent && refresh))
        {
            return;
        }
        var secretKey = SessionCookie.RequireSecretKey(config);
        var id = newId ? NewId() : stored!.Id;
        var lifetime = config.Get("PERMANENT_SESSION_LIFETIME", TimeSpan.FromDays(31));
        if (newId || session.Modified)
        {
            var entry = refresh
                ? new DistributedCacheEntryOptions { SlidingExpiration = lifetime }
                : new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime };
            await cache.SetAsync(KeyOf(id), Serialize(session), entry, cancellationToken);
            if (stored is { RegenerateRequested: true })
            {
                await cache.RemoveAsync(KeyOf(stored.Id), cancellationToken);
            }
        }
        var now = DateTimeOffset.UtcNow;
        var value = new SessionCodec(secretKey, Fallbacks).Encode(new Dictionary<string, object?> { [IdKey] = id }, now);
        cookie.Set(response, value, session.Permanent ? now + lifetime : null);
        SessionCookie.AddVary(response);
    }

    /// <summary>
    /// Gives <paramref name="session"/> a new id when it is saved, and deletes the entry under the
    /// old one, keeping the values: call it when a user logs in, so that an id planted before
    /// (session fixation) is worth nothing after. A session that is new already gets a new id.
    /// </summary>
    public void Regenerate(Session session)
    {
        if (session is ServerSideSession stored)
        {
            stored.RegenerateRequested = true;
        }
    }

    private string KeyOf(string id) => config.Get("SESSION_KEY_PREFIX", "session:") + id;

    private string[] Fallbacks => config.Get<string[]?>("SECRET_KEY_FALLBACKS", null) ?? [];

    // 256 random bits: an id cannot be guessed, and signing it stops ids being tried at all.
    private static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private static byte[] Serialize(Session session)
    {
        var json = new ArrayBufferWriter<byte>(256);
        new PythonJsonWriter(json, tagged: true).Write(session.ToDictionary());
        return json.WrittenSpan.ToArray();
    }

    // An entry that is not a session this interface wrote (another app sharing the prefix) is a new session, not a 500.
    private static bool TryDeserialize(byte[] stored, out Dictionary<string, object?> values)
    {
        try
        {
            values = TaggedJson.Untag(FlaskJson.Deserialize(stored)) as Dictionary<string, object?> ?? [];
            return values.Count > 0;
        }
        catch (JsonDecodeException)
        {
            values = [];
            return false;
        }
    }
}
