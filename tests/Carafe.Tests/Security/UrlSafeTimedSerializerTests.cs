using Carafe.Security;

namespace Carafe.Tests.Security;

public class UrlSafeTimedSerializerTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed record Reset(int UserId, string Email);

    private readonly Clock _clock = new();

    private UrlSafeTimedSerializer Serializer(string key = "secret", string salt = "password-reset") => new(key, salt, clock: _clock);

    [Fact]
    public void A_value_round_trips_through_a_url_safe_token()
    {
        var token = Serializer().Dumps(new Reset(42, "ann@example.com"));

        Assert.Matches("^[A-Za-z0-9_.-]+$", token);
        Assert.StartsWith("eyJVc2VySWQiOjQyLCJFbWFpbCI6ImFubkBleGFtcGxlLmNvbSJ9.ZVPxAA.", token);
        Assert.Equal(new Reset(42, "ann@example.com"), Serializer().Loads<Reset>(token, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void A_long_value_is_compressed()
    {
        var value = new string('a', 500);
        var token = Serializer().Dumps(value);

        Assert.StartsWith(".", token);
        Assert.True(token.Length < 100);
        Assert.Equal(value, Serializer().Loads<string>(token));
    }

    [Fact]
    public void An_old_token_has_expired()
    {
        var token = Serializer().Dumps(7);
        _clock.Now = _clock.Now.AddSeconds(3600);
        Assert.Equal(7, Serializer().Loads<int>(token, TimeSpan.FromHours(1)));

        _clock.Now = _clock.Now.AddSeconds(1);
        var error = Assert.Throws<SignatureExpiredException>(() => Serializer().Loads<int>(token, TimeSpan.FromHours(1)));
        Assert.Equal("The token is older than 3600 seconds.", error.Message);
        Assert.Equal(7, Serializer().Loads<int>(token));
    }

    [Theory]
    [InlineData("other secret", "password-reset")]
    [InlineData("secret", "confirm-email")]
    public void Another_key_or_purpose_refuses_it(string key, string salt)
    {
        var token = Serializer().Dumps(7);

        var error = Assert.Throws<BadSignatureException>(() => Serializer(key, salt).Loads<int>(token));
        Assert.Equal("The token's signature does not match: it was not signed with this key and salt, or was changed.", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Nw.ZVPxAA.forged")]
    [InlineData("not a token")]
    public void Forged_tokens_are_refused(string? token)
    {
        Assert.Throws<BadSignatureException>(() => Serializer().Loads<int>(token));
    }

    [Fact]
    public void A_genuine_token_of_another_type_is_refused_not_thrown_as_json()
    {
        var token = Serializer().Dumps("text");

        var error = Assert.Throws<BadSignatureException>(() => Serializer().Loads<int>(token));
        Assert.StartsWith("The token's payload is not a valid Int32: ", error.Message);
    }

    [Fact]
    public void An_empty_secret_key_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new UrlSafeTimedSerializer(""));
        Assert.Equal("A secret key is required to sign tokens. Set SECRET_KEY in the app's config. (Parameter 'secretKey')", error.Message);
    }
}
