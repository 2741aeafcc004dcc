using Flaskr.Auth;
using Flaskr.Data;
using Flaskr.Tests.Support;

namespace Flaskr.Tests;

/// <summary>The reset tokens on their own: no app, no request.</summary>
public sealed class PasswordResetTokensTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly User _user = new() { Id = 7, Username = "ann", Password = TestFlaskr.TestPasswordHash, Email = "ann@example.com" };

    [Fact]
    public void ValidForItsUserWithinTheHour()
    {
        var tokens = new PasswordResetTokens("key", _clock);
        var token = tokens.Create(_user);
        _clock.Advance(PasswordResetTokens.MaxAge);
        var (status, user) = tokens.Check(token, id => id == 7 ? _user : null);
        Assert.Equal(ResetTokenStatus.Valid, status);
        Assert.Same(_user, user);
    }

    [Fact]
    public void ExpiredAfterTheHour()
    {
        var tokens = new PasswordResetTokens("key", _clock);
        var token = tokens.Create(_user);
        _clock.Advance(PasswordResetTokens.MaxAge + TimeSpan.FromSeconds(1));
        Assert.Equal((ResetTokenStatus.Expired, null), tokens.Check(token, _ => _user));
    }

    [Fact]
    public void UsedOnceThePasswordChanges()
    {
        var tokens = new PasswordResetTokens("key", _clock);
        var token = tokens.Create(_user);
        _user.Password = TestFlaskr.OtherPasswordHash;
        Assert.Equal((ResetTokenStatus.Used, null), tokens.Check(token, _ => _user));
    }

    [Fact]
    public void InvalidForAnotherKeyAnUnknownUserOrGarbage()
    {
        var token = new PasswordResetTokens("key", _clock).Create(_user);
        Assert.Equal(ResetTokenStatus.Invalid, new PasswordResetTokens("other key", _clock).Check(token, _ => _user).Status);
        Assert.Equal(ResetTokenStatus.Invalid, new PasswordResetTokens("key", _clock).Check(token, _ => null).Status);
        Assert.Equal(ResetTokenStatus.Invalid, new PasswordResetTokens("key", _clock).Check("", _ => _user).Status);
        Assert.Equal(ResetTokenStatus.Invalid, new PasswordResetTokens("key", _clock).Check("a.b.c", _ => _user).Status);
    }

    [Fact]
    public void TokenDoesNotCarryThePasswordHash()
    {
        var token = new PasswordResetTokens("key", _clock).Create(_user);
        var payload = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(Pad(token.Split('.')[0].Replace('-', '+').Replace('_', '/'))));
        Assert.Matches("^\\{\"id\":7,\"pw\":\"[0-9a-f]{16}\"\\}$", payload);
    }

    private static string Pad(string base64) => base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
}
