using Carafe.Tests.Security.Fixtures;
using static Carafe.Helpers;

namespace Carafe.Tests.Security;

public class PasswordHashingTests
{
    [Theory]
    [MemberData(nameof(PasswordHashFixtures.Hashes), MemberType = typeof(PasswordHashFixtures))]
    public void Hashes_made_by_werkzeug_check(string password, string werkzeugHash)
    {
        Assert.True(CheckPasswordHash(werkzeugHash, password));
        Assert.False(CheckPasswordHash(werkzeugHash, password + "x"));
        Assert.False(CheckPasswordHash(werkzeugHash, password.ToUpperInvariant() + "X"));
    }

    [Fact]
    public void A_new_hash_has_werkzeugs_format_with_600000_iterations_and_a_fresh_salt()
    {
        var first = GeneratePasswordHash("secret");
        var second = GeneratePasswordHash("secret");

        Assert.Matches("^pbkdf2:sha256:600000\\$[A-Za-z0-9]{16}\\$[0-9a-f]{64}$", first);
        Assert.NotEqual(first, second);
        Assert.True(CheckPasswordHash(first, "secret"));
        Assert.True(CheckPasswordHash(second, "secret"));
        Assert.False(CheckPasswordHash(first, "Secret"));
    }

    [Theory]
    [InlineData("pbkdf2:sha512:1000", 8, "^pbkdf2:sha512:1000\\$[A-Za-z0-9]{8}\\$[0-9a-f]{128}$")]
    [InlineData("pbkdf2:sha1:10", 4, "^pbkdf2:sha1:10\\$[A-Za-z0-9]{4}\\$[0-9a-f]{40}$")]
    public void The_method_and_salt_length_are_kept(string method, int saltLength, string pattern)
    {
        var hash = GeneratePasswordHash("secret", method, saltLength);

        Assert.Matches(pattern, hash);
        Assert.True(CheckPasswordHash(hash, "secret"));
    }

    [Theory]
    [InlineData("scrypt:32768:8:1", "Invalid hash method 'scrypt:32768:8:1': Carafe makes and checks 'pbkdf2:<hash>[:<iterations>]' (Werkzeug's scrypt is not supported). (Parameter 'method')")]
    [InlineData("pbkdf2:md5", "Invalid hash method 'pbkdf2:md5': the hash must be sha1, sha256 or sha512. (Parameter 'method')")]
    [InlineData("pbkdf2:sha256:0", "Invalid hash method 'pbkdf2:sha256:0': the iterations must be a positive whole number. (Parameter 'method')")]
    [InlineData("pbkdf2:sha256:many", "Invalid hash method 'pbkdf2:sha256:many': the iterations must be a positive whole number. (Parameter 'method')")]
    [InlineData("plain", "Invalid hash method 'plain': Carafe makes and checks 'pbkdf2:<hash>[:<iterations>]' (Werkzeug's scrypt is not supported). (Parameter 'method')")]
    public void An_unsupported_method_is_refused_by_name(string method, string message)
    {
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => GeneratePasswordHash("secret", method)).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("secret")]
    [InlineData("pbkdf2:sha256:1000$salt")]
    [InlineData("pbkdf2:sha256:1000$$abc")]
    [InlineData("scrypt:32768:8:1$salt$abc")]
    [InlineData("pbkdf2:sha256:-5$salt$abc")]
    [InlineData("plain$$secret")]
    public void A_malformed_or_unsupported_hash_never_matches(string passwordHash)
    {
        Assert.False(CheckPasswordHash(passwordHash, "secret"));
    }
}
