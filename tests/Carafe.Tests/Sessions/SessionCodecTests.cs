using System.Buffers;
using System.Text;
using Carafe.Json;
using Carafe.Sessions;

namespace Carafe.Tests.Sessions;

public class SessionCodecTests
{
    // The timestamp every fixture cookie was signed with (generate_fixtures.py, SESSION_TIMESTAMP).
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1764114000);

    private static readonly SessionCodec Codec = new("dev-secret");

    [Theory]
    [MemberData(nameof(SessionCodecFixtures.Cookies), MemberType = typeof(SessionCodecFixtures))]
    public void Cookies_signed_by_itsdangerous_decode_to_the_same_tagged_json(string cookie, string taggedJson, bool compressed)
    {
        Assert.True(Codec.TryDecode(cookie, TimeSpan.FromDays(31), SignedAt, out var session));
        // Carafe has no Markup type in sessions: Flask's tagged Markup reads back as a plain string.
        Assert.Equal(taggedJson.Replace("{\" m\":\"<b>bold</b>\"}", "\"<b>bold</b>\"", StringComparison.Ordinal), TaggedJsonOf(session));
        Assert.Equal(compressed, cookie.StartsWith('.'));
    }

    [Theory]
    [MemberData(nameof(SessionCodecFixtures.Cookies), MemberType = typeof(SessionCodecFixtures))]
    public void Encoding_matches_itsdangerous_byte_for_byte_when_not_compressed(string cookie, string taggedJson, bool compressed)
    {
        Assert.True(Codec.TryDecode(cookie, null, SignedAt, out var session));
        var encoded = Codec.Encode(session, SignedAt);

        // zlib implementations may compress differently; uncompressed cookies must be identical.
        if (!compressed && !taggedJson.Contains("\" m\"", StringComparison.Ordinal))
        {
            Assert.Equal(cookie, encoded);
        }
        Assert.True(Codec.TryDecode(encoded, null, SignedAt, out var again));
        Assert.Equal(TaggedJsonOf(session), TaggedJsonOf(again));
    }

    [Fact]
    public void Values_round_trip_with_their_types()
    {
        var id = Guid.NewGuid();
        var when = new DateTimeOffset(2030, 1, 2, 4, 4, 5, 678, TimeSpan.FromHours(1));
        var session = new Dictionary<string, object?>
        {
            ["username"] = "alice",
            ["count"] = 3,
            ["ratio"] = 0.5,
            ["id"] = id,
            ["when"] = when,
            ["raw"] = new byte[] { 0, 255 },
            ["flash"] = new List<object?> { ("message", "Plain info") },
            [" t"] = "looks like a tag",
            ["none"] = null,
        };

        Assert.True(Codec.TryDecode(Codec.Encode(session, SignedAt), null, SignedAt, out var decoded));

        Assert.Equal("alice", decoded["username"]);
        Assert.Equal(3L, decoded["count"]);
        Assert.Equal(0.5, decoded["ratio"]);
        Assert.Equal(id, decoded["id"]);
        Assert.Equal(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero), decoded["when"]);
        Assert.Equal(new byte[] { 0, 255 }, decoded["raw"]);
        Assert.Equal(new object?[] { "message", "Plain info" }, Assert.IsType<List<object?>>(decoded["flash"])[0]);
        Assert.Equal("looks like a tag", decoded[" t"]);
        Assert.Null(decoded["none"]);
    }

    [Theory]
    [MemberData(nameof(SessionCodecFixtures.SignedWithOldKey), MemberType = typeof(SessionCodecFixtures))]
    public void Old_keys_are_accepted_for_reading_and_the_new_one_signs(string cookie, string oldKey)
    {
        Assert.False(Codec.TryDecode(cookie, null, SignedAt, out _));
        var rotated = new SessionCodec("dev-secret", [oldKey]);
        Assert.True(rotated.TryDecode(cookie, null, SignedAt, out var session));
        Assert.Equal("bob", session["username"]);

        var resigned = rotated.Encode(session, SignedAt);
        Assert.True(Codec.TryDecode(resigned, null, SignedAt, out _));
        Assert.False(new SessionCodec(oldKey).TryDecode(resigned, null, SignedAt, out _));
    }

    [Fact]
    public void Age_is_checked_against_max_age_and_future_stamps_are_refused()
    {
        var cookie = Codec.Encode(new Dictionary<string, object?> { ["a"] = 1 }, SignedAt);
        var maxAge = TimeSpan.FromDays(31);

        Assert.True(Codec.TryDecode(cookie, maxAge, SignedAt + maxAge, out _));
        Assert.False(Codec.TryDecode(cookie, maxAge, SignedAt + maxAge + TimeSpan.FromSeconds(1), out _));
        Assert.False(Codec.TryDecode(cookie, maxAge, SignedAt - TimeSpan.FromSeconds(1), out _));
        Assert.True(Codec.TryDecode(cookie, null, SignedAt + TimeSpan.FromDays(3650), out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage.value.here")]
    [InlineData("no-dots-at-all")]
    [InlineData("eyJhIjoxfQ.aSY-UA.")]
    [InlineData("eyJhIjoxfQ.aSY-UA.!!!!")]
    [InlineData("é.é.é")]
    public void Bad_cookies_read_as_nothing(string? cookie)
    {
        Assert.False(Codec.TryDecode(cookie, null, SignedAt, out var session));
        Assert.Empty(session);
    }

    [Fact]
    public void Changing_any_single_character_is_detected()
    {
        var cookie = Codec.Encode(new Dictionary<string, object?> { ["username"] = "alice", ["long"] = new string('x', 300) }, SignedAt);
        Assert.StartsWith(".", cookie);

        for (var i = 0; i < cookie.Length; i++)
        {
            var tampered = cookie[..i] + (cookie[i] == 'A' ? 'B' : 'A') + cookie[(i + 1)..];
            Assert.False(Codec.TryDecode(tampered, null, SignedAt, out _), $"position {i}");
        }
    }

    [Fact]
    public void Validly_signed_but_malformed_payloads_read_as_nothing()
    {
        Assert.False(Codec.TryDecode(SignRaw("[1,2]"), null, SignedAt, out _));
        Assert.False(Codec.TryDecode(SignRaw("{\"a\":"), null, SignedAt, out _));
        Assert.False(Codec.TryDecode(SignRaw("{\"a\":{\" u\":\"not-a-uuid\"}}"), null, SignedAt, out _));
        Assert.False(Codec.TryDecode(SignRaw("{\"a\":{\" t\":5}}"), null, SignedAt, out _));
        Assert.True(Codec.TryDecode(SignRaw("{\"a\":{\" d\":\"not a date\"}}"), null, SignedAt, out var session));
        Assert.Null(session["a"]);
    }

    [Fact]
    public void A_missing_secret_key_is_explained()
    {
        var error = Assert.Throws<ArgumentException>(() => new SessionCodec(""));
        Assert.Contains("SECRET_KEY", error.Message);
    }

    // Signs arbitrary payload text with the test key, the way itsdangerous would.
    private static string SignRaw(string json)
    {
        var value = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json)) + ".aSY-UA";
        var key = System.Security.Cryptography.HMACSHA256.HashData("dev-secret"u8, "cookie-session"u8);
        return value + "." + System.Buffers.Text.Base64Url.EncodeToString(System.Security.Cryptography.HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(value)));
    }

    private static string TaggedJsonOf(Dictionary<string, object?> session)
    {
        var buffer = new ArrayBufferWriter<byte>();
        new PythonJsonWriter(buffer, tagged: true).Write(session);
        return Encoding.ASCII.GetString(buffer.WrittenSpan);
    }
}
