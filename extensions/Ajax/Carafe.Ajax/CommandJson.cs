using System.Text.Encodings.Web;
using System.Text.Json;

namespace Carafe.Ajax;

/// <summary>
/// Writes commands as Sijax does (<c>json.dumps</c> with <c>ensure_ascii=False</c> and compact
/// separators): keys in insertion order, non-ASCII text and HTML characters left as they are.
/// </summary>
internal static class CommandJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(IEnumerable<AjaxCommand> commands)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var command in commands)
            {
                writer.WriteStartObject();
                foreach (var (key, value) in command.Fields)
                {
                    writer.WritePropertyName(key);
                    JsonSerializer.Serialize(writer, value, Options);
                }
                writer.WriteString("type", command.Type);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>A value as a JSON text, written the way commands are (for the script of <c>Redirect</c>).</summary>
    public static string Value(object? value) => JsonSerializer.Serialize(value, Options);
}
