using System.Text;
using Carafe.Json;

namespace Carafe.Testing;

/// <summary>What the app answered to a <see cref="TestClient"/> request, as Flask's test response.</summary>
public sealed class TestResponse
{
    internal TestResponse(int statusCode, Headers headers, byte[] data, IReadOnlyList<TestResponse> history)
    {
        StatusCode = statusCode;
        Headers = headers;
        Data = data;
        History = history;
    }

    /// <summary>The status code.</summary>
    public int StatusCode { get; }

    /// <summary>Every response header (content headers included), in order; repeated ones stay separate.</summary>
    public Headers Headers { get; }

    /// <summary>The body.</summary>
    public byte[] Data { get; }

    /// <summary>The body as UTF-8 text.</summary>
    public string Text => Encoding.UTF8.GetString(Data);

    /// <summary>The Content-Type header, or null.</summary>
    public string? ContentType => Headers["Content-Type"];

    /// <summary>The Location header, or null.</summary>
    public string? Location => Headers["Location"];

    /// <summary>The responses of the redirects followed to get here, oldest first.</summary>
    public IReadOnlyList<TestResponse> History { get; }

    /// <summary>The body parsed as JSON into dictionaries, lists, strings, numbers, booleans and nulls.</summary>
    public object? Json => FlaskJson.Deserialize(Data);
}
