namespace Carafe.Routing;

/// <summary>
/// No URL can be built for an endpoint with the values given, as Werkzeug's <c>BuildError</c>:
/// the endpoint is unknown, a value is missing, or no rule of the endpoint allows the method.
/// The message says which, like Werkzeug's (<c>Could not build url for endpoint 'show_post'.
/// Did you forget to specify values ['post_id']?</c>).
/// </summary>
public sealed class BuildException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="endpoint">The endpoint that was asked for.</param>
    /// <param name="missingValues">The values the closest rule of the endpoint needs and did not get.</param>
    /// <param name="message">The explanation.</param>
    internal BuildException(string endpoint, IReadOnlyList<string> missingValues, string message) : base(message)
    {
        Endpoint = endpoint;
        MissingValues = missingValues;
    }

    /// <summary>The endpoint that was asked for.</summary>
    public string Endpoint { get; }

    /// <summary>The values the closest rule of the endpoint needs and did not get (sorted; empty when that was not the problem).</summary>
    public IReadOnlyList<string> MissingValues { get; }
}
