namespace Carafe.Json;

/// <summary>
/// The body is not valid JSON (Python's <c>json.JSONDecodeError</c>). Flask answers a request
/// whose <c>get_json()</c> fails this way with 400 Bad Request.
/// </summary>
internal sealed class JsonDecodeException : Exception
{
    /// <summary>Creates the exception with a message saying what was wrong.</summary>
    public JsonDecodeException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
