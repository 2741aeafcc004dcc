using Carafe.Http;

namespace Carafe.Tests.Http;

public class CookieHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 23, 40, 0, TimeSpan.Zero);

    [Fact]
    public void A_plain_cookie_has_only_the_root_path()
    {
        Assert.Equal("userID=alice; Path=/", CookieHeader.Format("userID", "alice"));
    }

    [Fact]
    public void Max_age_alone_also_sets_expires_from_now()
    {
        Assert.Equal(
            "aged=a1; Expires=Thu, 26 Nov 2026 00:40:00 GMT; Max-Age=3600; Path=/",
            CookieHeader.Format("aged", "a1", maxAge: TimeSpan.FromHours(1), now: Now));
    }

    [Fact]
    public void Attributes_come_in_werkzeugs_order()
    {
        Assert.Equal(
            "dated=d1; Expires=Wed, 02 Jan 2030 03:04:05 GMT; Path=/",
            CookieHeader.Format("dated", "d1", expires: new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        Assert.Equal(
            "flags=f1; Secure; HttpOnly; Path=/; SameSite=Lax",
            CookieHeader.Format("flags", "f1", secure: true, httpOnly: true, sameSite: "Lax"));
        Assert.Equal("strict=st1; Path=/; SameSite=Strict", CookieHeader.Format("strict", "st1", sameSite: "Strict"));
    }

    [Theory]
    [InlineData("hello world;x", "\"hello world\\073x\"")]
    [InlineData("José Ü", "\"Jos\\303\\251 \\303\\234\"")]
    [InlineData("a\"b,c;d e", "\"a\\\"b\\054c\\073d e\"")]
    public void Values_needing_quotes_get_octal_escapes_and_read_back(string value, string quoted)
    {
        Assert.Equal($"v={quoted}; Path=/", CookieHeader.Format("v", value));
        Assert.Equal(value, CookieHeader.Parse($"v={quoted}")["v"]);
    }

    [Fact]
    public void Deleting_expires_at_the_epoch_on_the_same_path()
    {
        Assert.Equal("userID=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/", CookieHeader.FormatDeletion("userID"));
        Assert.Equal("scoped=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/cookies/", CookieHeader.FormatDeletion("scoped", "/cookies/"));
    }

    [Fact]
    public void Invalid_same_site_and_dotless_domains_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CookieHeader.Format("c", "v", sameSite: "Sometimes"));
        Assert.Throws<ArgumentException>(() => CookieHeader.Format("c", "v", domain: "localhost"));
        Assert.Throws<ArgumentException>(() => CookieHeader.Format("c\r\nSet-Cookie: evil", "v"));
    }

    [Fact]
    public void Parsing_follows_the_reference()
    {
        Assert.Equal("quoted value", CookieHeader.Parse("b=\"quoted value\"")["b"]);
        Assert.Equal("1", CookieHeader.Parse("dup=1; dup=2")["dup"]);
        Assert.Equal(new Dictionary<string, string> { ["novalue"] = "", ["e"] = "5" }, CookieHeader.Parse(";;=x; novalue; e=5"));
        Assert.Empty(CookieHeader.Parse(null));
        Assert.False(CookieHeader.Parse("a=1").ContainsKey("userID"));
    }

    [Theory]
    [MemberData(nameof(CookieHeaderFixtures.Values), MemberType = typeof(CookieHeaderFixtures))]
    public void Values_match_werkzeug(string value, string expected)
    {
        Assert.Equal(expected, CookieHeader.Format("c", value));
        Assert.Equal(value, CookieHeader.Parse(expected.Split("; Path=")[0])["c"]);
    }

    [Theory]
    [MemberData(nameof(CookieHeaderFixtures.Names), MemberType = typeof(CookieHeaderFixtures))]
    public void Names_match_werkzeug(string name, string value, string expected)
    {
        Assert.Equal(expected, CookieHeader.Format(name, value));
    }

    [Theory]
    [MemberData(nameof(CookieHeaderFixtures.Options), MemberType = typeof(CookieHeaderFixtures))]
    public void Options_match_werkzeug(string name, string value, double? maxAgeSeconds, string? path, string? domain, bool secure, bool httpOnly, string? sameSite, string expected)
    {
        var expires = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero);
        var maxAge = maxAgeSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var hasExpires = expected.Contains("Expires=", StringComparison.Ordinal);
        Assert.Equal(expected, CookieHeader.Format(name, value, maxAge, hasExpires ? expires : null, path, domain, secure, httpOnly, sameSite));
    }

    [Theory]
    [MemberData(nameof(CookieHeaderFixtures.Headers), MemberType = typeof(CookieHeaderFixtures))]
    public void Parsing_matches_werkzeug(string header, string[] flattened)
    {
        var expected = flattened.Chunk(2).Select(pair => KeyValuePair.Create(pair[0], pair[1]));
        Assert.Equal(expected, CookieHeader.Parse(header));
    }
}
