using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Carafe.Security;

/// <summary>
/// Werkzeug's <c>generate_password_hash</c> and <c>check_password_hash</c> for PBKDF2, in its
/// format <c>pbkdf2:sha256:600000$salt$hexdigest</c>, so hashes move between a Flask app and a
/// Carafe app in both directions. New hashes use Werkzeug 3.0's 600,000 iterations.
/// </summary>
internal static class PasswordHashing
{
    public const int DefaultIterations = 600_000;
    private const string SaltChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <summary>A salted hash of <paramref name="password"/> with <paramref name="method"/> (<c>pbkdf2:hash[:iterations]</c>).</summary>
    /// <exception cref="ArgumentException">The method is not PBKDF2 with SHA-1, SHA-256 or SHA-512, or the salt length is not positive.</exception>
    public static string Generate(string password, string method = "pbkdf2:sha256", int saltLength = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(saltLength);
        var salt = RandomNumberGenerator.GetString(SaltChars, saltLength);
        var (hash, actualMethod) = Hash(method, salt, password);
        return $"{actualMethod}${salt}${hash}";
    }

    /// <summary>Whether <paramref name="password"/> is the one <paramref name="passwordHash"/> was made from; false for anything that is not such a hash.</summary>
    public static bool Check(string passwordHash, string password)
    {
        var parts = passwordHash.Split('$', 3);
        if (parts.Length < 3)
        {
            return false;
        }
        string hash;
        try
        {
            hash = Hash(parts[0], parts[1], password).Hash;
        }
        catch (ArgumentException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.UTF8.GetBytes(parts[2]));
    }

    private static (string Hash, string Method) Hash(string method, string salt, string password)
    {
        var args = method.Split(':');
        if (args[0] != "pbkdf2" || args.Length is < 2 or > 3)
        {
            throw new ArgumentException($"Invalid hash method '{method}': Carafe makes and checks 'pbkdf2:<hash>[:<iterations>]' (Werkzeug's scrypt is not supported).", nameof(method));
        }
        var algorithm = args[1] switch
        {
            "sha1" => HashAlgorithmName.SHA1,
            "sha256" => HashAlgorithmName.SHA256,
            "sha512" => HashAlgorithmName.SHA512,
            _ => throw new ArgumentException($"Invalid hash method '{method}': the hash must be sha1, sha256 or sha512.", nameof(method)),
        };
        var iterations = DefaultIterations;
        if (args.Length == 3 && (!int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < 1))
        {
            throw new ArgumentException($"Invalid hash method '{method}': the iterations must be a positive whole number.", nameof(method));
        }
        if (salt.Length == 0)
        {
            throw new ArgumentException("Salt is required for PBKDF2.", nameof(salt));
        }
        var digest = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(salt), iterations, algorithm, HashLength(algorithm));
        return (Convert.ToHexStringLower(digest), $"pbkdf2:{args[1]}:{iterations}");
    }

    // hashlib.pbkdf2_hmac's default length is the hash's digest size.
    private static int HashLength(HashAlgorithmName algorithm) =>
        algorithm == HashAlgorithmName.SHA1 ? 20 : algorithm == HashAlgorithmName.SHA256 ? 32 : 64;
}
