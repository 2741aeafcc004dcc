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

    /// <summary>
    /// Creates an exception that answers with <paramref name="response"/> as it is, as Flask's
    /// <c>abort(make_response(...))</c>; error handlers are not called.
    /// </summary>
    public HttpException(Response response)
        : base($"HTTP {response.StatusCode}")
    {
        StatusCode = response.StatusCode;
        Response = response;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The response to answer with as it is, or null for the error page or handler.</summary>
    public Response? Response { get; }

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

/// <summary>
/// 405 Method Not Allowed raised by routing: the URL exists but not for the request's method.
/// The default page carries an <c>Allow</c> header listing <see cref="ValidMethods"/>.
/// </summary>
public sealed class MethodNotAllowedException : HttpException
{
    /// <summary>Creates the exception with the methods the URL accepts.</summary>
    public MethodNotAllowedException(IReadOnlyCollection<string> validMethods) : base(405)
    {
        ValidMethods = validMethods;
    }

    /// <summary>The methods the URL accepts.</summary>
    public IReadOnlyCollection<string> ValidMethods { get; }
}

/// <summary>
/// 500 Internal Server Error, as Werkzeug's <c>InternalServerError</c>: what a 500 error handler
/// receives. <see cref="OriginalException"/> is the unhandled exception that caused it, or null
/// when the view called <c>Abort(500)</c> itself.
/// </summary>
public sealed class InternalServerErrorException : HttpException
{
    /// <summary>Creates the exception, wrapping the unhandled one if any.</summary>
    public InternalServerErrorException(Exception? originalException = null) : base(500)
    {
        OriginalException = originalException;
    }

    /// <summary>The unhandled exception, or null for <c>Abort(500)</c>.</summary>
    public Exception? OriginalException { get; }
}
