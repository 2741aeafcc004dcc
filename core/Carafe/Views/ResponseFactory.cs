using System.Collections;
using System.Runtime.CompilerServices;
using Carafe.Json;
using Carafe.Templating;

namespace Carafe.Views;

/// <summary>
/// Turns what a view returned into a <see cref="Response"/>, as Flask's <c>make_response</c>:
/// a string is an HTML page; a tuple is (body, status), (body, headers) or (body, status,
/// headers); dictionaries, lists and objects become JSON; streams and async sequences stream.
/// </summary>
internal static class ResponseFactory
{
    public static Response Make(object? value, string? endpoint)
    {
        switch (value)
        {
            case Response response:
                return response;
            case string text:
                return new Response(text);
            case Markup markup:
                return new Response(markup.ToString());
            case byte[] bytes:
                return new Response(bytes);
            case ITuple tuple when value.GetType().FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal):
                return FromTuple(tuple, endpoint);
            case IAsyncEnumerable<string> chunks:
                return new Response().StreamText(chunks);
            case Stream stream:
                return new Response([], mimetype: "application/octet-stream").StreamFrom(stream);
            case null:
                throw new InvalidOperationException(
                    $"The view function for '{endpoint}' did not return a valid response. The function either returned null or ended without a return statement.");
            case IEnumerable or IDictionary:
                return Jsonify(value);
            default:
                var type = value.GetType();
                if (type.IsPrimitive || type.IsEnum || value is decimal or DateTime or DateTimeOffset or Guid)
                {
                    throw new InvalidOperationException(
                        $"The view function for '{endpoint}' did not return a valid response. The return type must be a string, " +
                        $"dictionary, list, object, tuple with headers or status, or Response, but it was a {type.Name}.");
                }
                return Jsonify(value);
        }
    }

    public static Response Jsonify(object? value) =>
        new(FlaskJson.SerializeToUtf8Bytes(value), mimetype: "application/json");

    private static Response FromTuple(ITuple tuple, string? endpoint)
    {
        if (tuple.Length is < 2 or > 3)
        {
            throw new InvalidOperationException(
                $"The view function for '{endpoint}' did not return a valid response tuple. The tuple must have the form (body, status, headers), (body, status), or (body, headers).");
        }
        var response = Make(tuple[0], endpoint);
        var second = tuple[1];
        if (tuple.Length == 3)
        {
            response.StatusCode = StatusOf(second, endpoint);
            AddHeaders(response, tuple[2], endpoint);
        }
        else if (second is int or string)
        {
            response.StatusCode = StatusOf(second, endpoint);
        }
        else
        {
            AddHeaders(response, second, endpoint);
        }
        return response;
    }

    private static int StatusOf(object? value, string? endpoint) => value switch
    {
        int code => code,
        string text when int.TryParse(text.Split(' ')[0], out var code) => code,
        _ => throw new InvalidOperationException($"The view function for '{endpoint}' returned a status of {value ?? "null"}; a status is an int."),
    };

    private static void AddHeaders(Response response, object? headers, string? endpoint)
    {
        var pairs = headers switch
        {
            IEnumerable<KeyValuePair<string, string>> dictionary => dictionary,
            IEnumerable<(string, string)> list => list.Select(p => new KeyValuePair<string, string>(p.Item1, p.Item2)),
            null => [],
            _ => throw new InvalidOperationException(
                $"The view function for '{endpoint}' returned headers of type {headers.GetType().Name}; use a dictionary or a list of (name, value) tuples."),
        };
        var replaced = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in pairs)
        {
            // Headers given with a response replace the defaults of the same name (Content-Type), and may repeat among themselves.
            if (replaced.Add(name))
            {
                response.Headers.Remove(name);
            }
            response.Headers.Add(name, value);
        }
    }
}
