using System.Text.RegularExpressions;
using Carafe.Security;
using Flaskr.Auth;
using Flaskr.Tests.Support;

namespace Flaskr.Tests;

/// <summary>"Forgot your password?": a reset link by mail that works once, within an hour, and tells no one who has an account.</summary>
public sealed partial class PasswordResetTests
{
    private const string Sent = "If an account uses that address, a link to reset its password is on its way. It works once, within an hour.";

    [Fact]
    public void LoginPageLinksToTheForgottenPasswordPage()
    {
        using var flaskr = new TestFlaskr();
        Assert.Contains("<a href=\"/auth/forgot-password\">Forgot your password?</a>", flaskr.Client.Get("/auth/login").Text);
    }

    [Fact]
    public void MailsALinkToTheUsersAddress()
    {
        using var flaskr = new TestFlaskr();
        using var outbox = flaskr.Mail.RecordMessages();
        var response = flaskr.Submit("/auth/forgot-password", new { email = "Test@Example.com" });

        Assert.Equal("/auth/login", response.Location);
        Assert.Contains(Sent, flaskr.Client.Get("/auth/login").Text);
        var message = Assert.Single(outbox.Messages);
        Assert.Equal("Reset your Flaskr password", message.Subject);
        Assert.Equal(["test@example.com"], message.Recipients);
        var link = Link(message.Body!);
        Assert.StartsWith("http://localhost/auth/reset-password/", link);
        Assert.Contains($"<a href=\"{link}\">Choose a new password</a>", message.Html);
        Assert.Contains("Hello test,", message.Body);
    }

    [Fact]
    public void UnknownAddressGetsTheSameAnswerAndNoMail()
    {
        using var flaskr = new TestFlaskr();
        using var outbox = flaskr.Mail.RecordMessages();
        var known = flaskr.Submit("/auth/forgot-password", new { email = "test@example.com" });
        var knownPage = flaskr.Client.Get(known.Location!).Text;
        var unknown = flaskr.Submit("/auth/forgot-password", new { email = "nobody@example.com" });
        var unknownPage = flaskr.Client.Get(unknown.Location!).Text;

        Assert.Equal((known.StatusCode, known.Location), (unknown.StatusCode, unknown.Location));
        Assert.Equal(WithoutToken(knownPage), WithoutToken(unknownPage));
        Assert.Equal(["test@example.com"], Assert.Single(outbox.Messages).Recipients);
    }

    [Theory]
    [InlineData("", "Email is required.")]
    [InlineData("not an address", "Invalid email address.")]
    public void AddressIsChecked(string email, string message)
    {
        using var flaskr = new TestFlaskr();
        using var outbox = flaskr.Mail.RecordMessages();
        var response = flaskr.Submit("/auth/forgot-password", new { email });
        Assert.Equal(200, response.StatusCode);
        Assert.Contains(message, response.Text);
        Assert.Empty(outbox.Messages);
    }

    [Fact]
    public void LinkSetsANewPasswordOnce()
    {
        using var flaskr = new TestFlaskr();
        var path = new Uri(RequestLink(flaskr)).AbsolutePath;

        var page = flaskr.Client.Get(path);
        Assert.Equal(200, page.StatusCode);
        Assert.Contains("Choose a new password for test.", page.Text);
        var response = flaskr.Submit(path, new { password = "new secret", confirm = "new secret" });
        Assert.Equal("/auth/login", response.Location);
        Assert.Contains("Your password has been changed. You can log in with it now.", flaskr.Client.Get("/auth/login").Text);

        Assert.Contains("Incorrect password.", flaskr.Auth.Login("test", "test").Text);
        Assert.Equal("/", flaskr.Auth.Login("test", "new secret").Location);

        // Used once: the password it was made for is gone, so the link is refused, with the reason.
        flaskr.Auth.Logout();
        Refused(flaskr, path, "This password reset link was used already (the password has changed since it was sent). Ask for a new one below.");
        Assert.Equal("/", flaskr.Auth.Login("test", "new secret").Location);
    }

    [Fact]
    public void PasswordsMustMatch()
    {
        using var flaskr = new TestFlaskr();
        var path = new Uri(RequestLink(flaskr)).AbsolutePath;
        var response = flaskr.Submit(path, new { password = "new secret", confirm = "other" });
        Assert.Equal(200, response.StatusCode);
        Assert.Contains("The passwords do not match.", response.Text);
        Assert.Equal(TestFlaskr.TestPasswordHash, flaskr.WithDb(db => db.Users.Single(u => u.Username == "test").Password));
    }

    [Fact]
    public void LinkExpiresAfterAnHour()
    {
        using var flaskr = new TestFlaskr();
        var path = new Uri(RequestLink(flaskr)).AbsolutePath;
        flaskr.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(200, flaskr.Client.Get(path).StatusCode);

        flaskr.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Refused(flaskr, path, "This password reset link has expired. Ask for a new one below.");
        var response = flaskr.Submit("/auth/login", new { password = "new", confirm = "new" }, action: path);
        Assert.Equal("/auth/forgot-password", response.Location);
        Assert.Equal(TestFlaskr.TestPasswordHash, flaskr.WithDb(db => db.Users.Single(u => u.Username == "test").Password));
    }

    [Fact]
    public void ForgedLinksAreRefused()
    {
        using var flaskr = new TestFlaskr();
        var token = new Uri(RequestLink(flaskr)).AbsolutePath["/auth/reset-password/".Length..];
        const string Invalid = "This password reset link is not valid. Check that you copied all of it, or ask for a new one below.";

        // Changed by a character, cut short, or made up.
        var changed = token[..^1] + (token[^1] == 'A' ? 'B' : 'A');
        Refused(flaskr, "/auth/reset-password/" + changed, Invalid);
        Refused(flaskr, "/auth/reset-password/" + token[..20], Invalid);
        Refused(flaskr, "/auth/reset-password/nonsense", Invalid);
        Refused(flaskr, "/auth/reset-password/" + new string('A', 100_000) + ".x.y", Invalid);
        // Signed with another key, or with this key for another purpose, or naming another user.
        Refused(flaskr, "/auth/reset-password/" + new UrlSafeTimedSerializer("not the key", PasswordResetTokens.Salt, clock: flaskr.Clock).Dumps(new { id = 1 }), Invalid);
        Refused(flaskr, "/auth/reset-password/" + new UrlSafeTimedSerializer("dev", "email-confirm", clock: flaskr.Clock).Dumps(new { id = 1 }), Invalid);
    }

    private static string RequestLink(TestFlaskr flaskr)
    {
        using var outbox = flaskr.Mail.RecordMessages();
        flaskr.Submit("/auth/forgot-password", new { email = "test@example.com" });
        return Link(Assert.Single(outbox.Messages).Body!);
    }

    private static void Refused(TestFlaskr flaskr, string path, string message)
    {
        var response = flaskr.Client.Get(path);
        Assert.Equal("/auth/forgot-password", response.Location);
        Assert.Contains(message, flaskr.Client.Get(response.Location!).Text);
    }

    private static string Link(string body) => LinkPattern().Match(body).Value;

    private static string WithoutToken(string html) => TokenValue().Replace(html, "");

    [GeneratedRegex(@"http://\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("value=\"[^\"]*\"")]
    private static partial Regex TokenValue();
}
