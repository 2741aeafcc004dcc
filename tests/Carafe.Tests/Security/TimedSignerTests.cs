using Carafe.Security;

namespace Carafe.Tests.Security;

public class TimedSignerTests
{
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    [Fact]
    public void A_signed_value_reads_back_within_its_age()
    {
        var signer = new TimedSigner("secret", "salt");
        var signed = signer.Sign("payload", SignedAt);

        Assert.StartsWith("payload.ZVPxAA.", signed);
        Assert.Equal(SignatureCheck.Valid, signer.Unsign(signed, TimeSpan.FromSeconds(10), SignedAt.AddSeconds(10), out var value));
        Assert.Equal("payload", value);
    }

    [Fact]
    public void A_genuine_value_past_its_age_or_from_the_future_is_expired()
    {
        var signer = new TimedSigner("secret", "salt");
        var signed = signer.Sign("payload", SignedAt);

        Assert.Equal(SignatureCheck.Expired, signer.Unsign(signed, TimeSpan.FromSeconds(10), SignedAt.AddSeconds(11), out _));
        Assert.Equal(SignatureCheck.Expired, signer.Unsign(signed, TimeSpan.FromSeconds(10), SignedAt.AddSeconds(-1), out _));
        Assert.Equal(SignatureCheck.Valid, signer.Unsign(signed, null, SignedAt.AddYears(5), out _));
    }

    [Theory]
    [InlineData("secret", "other salt")]
    [InlineData("other secret", "salt")]
    public void Another_key_or_salt_makes_it_invalid(string secret, string salt)
    {
        var signed = new TimedSigner("secret", "salt").Sign("payload", SignedAt);

        Assert.Equal(SignatureCheck.Invalid, new TimedSigner(secret, salt).Unsign(signed, null, SignedAt, out var value));
        Assert.Equal("", value);
    }

    [Fact]
    public void A_fallback_key_still_verifies_but_the_first_key_signs()
    {
        var old = new TimedSigner("old", "salt").Sign("payload", SignedAt);
        var rotated = new TimedSigner("new", "salt", ["old"]);

        Assert.Equal(SignatureCheck.Valid, rotated.Unsign(old, null, SignedAt, out _));
        Assert.Equal(SignatureCheck.Valid, new TimedSigner("new", "salt").Unsign(rotated.Sign("payload", SignedAt), null, SignedAt, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no dots")]
    [InlineData("payload.ZVPxAA.")]
    [InlineData("payload.ZVPxAA.!!!")]
    [InlineData("pay\u00e9load.ZVPxAA.abc")]
    [InlineData("...")]
    public void Malformed_values_are_invalid_without_an_exception(string? signed)
    {
        Assert.Equal(SignatureCheck.Invalid, new TimedSigner("secret", "salt").Unsign(signed, null, SignedAt, out _));
    }

    [Fact]
    public void A_tampered_payload_or_timestamp_is_invalid()
    {
        var signer = new TimedSigner("secret", "salt");
        var signed = signer.Sign("payload", SignedAt);

        Assert.Equal(SignatureCheck.Invalid, signer.Unsign("X" + signed[1..], null, SignedAt, out _));
        Assert.Equal(SignatureCheck.Invalid, signer.Unsign(signed.Replace(".ZVPxAA.", ".ZVPxAB."), null, SignedAt, out _));
    }
}
