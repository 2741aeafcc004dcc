namespace Carafe;

/// <summary>
/// An HTTP error raised to stop handling a request, as Flask's <c>abort(code)</c> raises
/// Werkzeug's <c>HTTPException</c>. Carafe answers it with the app's handler for the code,
/// or with Flask's default error page.
/// </summary>
public class HttpException : Exception
{
    /// <summary>Creates an exception for <paramref name="statusCode"/> (400-599).</summary>
    /// <param name="statusCode">The HTTP status code to answer with.</param>
    /// <param name="description">Replaces the default description on the error page; HTML-escaped when shown.</param>
    public HttpException(int statusCode, string? description = null)
        : base(description ?? $"HTTP {statusCode}")
    {
        if (statusCode is < 400 or > 599)
        {
            throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "Abort takes an error status code between 400 and 599.");
        }
        StatusCode = statusCode;
        Description = description;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The description given by the code that aborted, or null for the status's default one.</summary>
    public string? Description { get; }
}

/// <summary>
/// Raised when a key is missing from <c>Request.Args</c>, <c>Request.Form</c> or
/// <c>Request.Files</c>; answered with 400 Bad Request, as Werkzeug's <c>BadRequestKeyError</c>.
/// </summary>
public sealed class BadRequestKeyException : HttpException
{
    /// <summary>Creates the exception for the missing <paramref name="key"/>.</summary>
    public BadRequestKeyException(string key) : base(400)
    {
        Key = key;
    }

    /// <summary>The key that was missing.</summary>
    public string Key { get; }
}
