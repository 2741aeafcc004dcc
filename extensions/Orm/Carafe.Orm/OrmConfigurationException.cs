namespace Carafe.Orm;

/// <summary>
/// The Orm's configuration is wrong (a malformed URL, an unknown provider, an unsupported
/// engine option, a model on a bind that is not configured): raised when the app starts, and
/// naming the configuration key to fix.
/// </summary>
public sealed class OrmConfigurationException : Exception
{
    /// <summary>Creates the exception for <paramref name="key"/>.</summary>
    /// <param name="key">The configuration key at fault, such as <c>SQLALCHEMY_DATABASE_URI</c> or <c>SQLALCHEMY_BINDS.users</c>.</param>
    /// <param name="problem">What is wrong with it and how to fix it.</param>
    public OrmConfigurationException(string key, string problem)
        : base($"{key}: {problem}")
    {
        Key = key;
    }

    /// <summary>The configuration key at fault.</summary>
    public string Key { get; }
}
