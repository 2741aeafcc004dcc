using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace Carafe.Json;

/// <summary>
/// JSON as Flask's <c>jsonify</c> writes it and <c>request.get_json()</c> reads it. Writing is
/// compact with sorted keys, ASCII-only, with a trailing newline; .NET values map as Flask's
/// provider maps Python ones: dates become HTTP dates, a <see cref="Guid"/> its string, a
/// <see cref="decimal"/> a string of its exact digits (Flask's <c>str(Decimal)</c>), objects and
/// records their public properties by declared name, other sequences arrays.
/// </summary>
internal static class FlaskJson
{
    // Python's json has no practical nesting limit; 1000 matches its default recursion limit.
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 1000 };

    /// <summary>The body <c>jsonify(value)</c> sends, newline included.</summary>
    public static string Serialize(object? value) => Encoding.ASCII.GetString(SerializeToUtf8Bytes(value));

    /// <summary>The same body as UTF-8 bytes (all ASCII), for writing straight to a response.</summary>
    public static byte[] SerializeToUtf8Bytes(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        new PythonJsonWriter(buffer).Write(value);
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Reads a JSON document to .NET values: <see cref="Dictionary{TKey,TValue}"/> of string to
    /// object?, <see cref="List{T}"/> of object?, <see cref="long"/> (or <see cref="BigInteger"/>
    /// beyond its range), <see cref="double"/> for numbers with a fraction or exponent,
    /// <see cref="string"/>, <see cref="bool"/> and null. A repeated key keeps its last value.
    /// </summary>
    /// <exception cref="JsonDecodeException">The bytes are not one valid JSON document.</exception>
    public static object? Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8Json = utf8Json[Encoding.UTF8.Preamble.Length..];
        }
        try
        {
            var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
            if (!reader.Read())
            {
                throw new JsonDecodeException("Expecting value: the body is empty.");
            }
            var value = ReadValue(ref reader);
            if (reader.Read())
            {
                throw new JsonDecodeException($"Extra data after the JSON value at byte {reader.TokenStartIndex}.");
            }
            return value;
        }
        catch (JsonException e)
        {
            throw new JsonDecodeException($"Invalid JSON: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            throw new JsonDecodeException($"Invalid JSON: {e.Message}", e);
        }
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = reader.GetString()!;
                    reader.Read();
                    dictionary[key] = ReadValue(ref reader);
                }
                return dictionary;
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadValue(ref reader));
                }
                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return ReadNumber(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                return null;
        }
    }

    // Python reads a number with a fraction or exponent as float, any other as an exact int.
    private static object ReadNumber(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.ASCII.GetString(raw);
        if (raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
        {
            return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small)
            ? (object)small
            : BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }
}
