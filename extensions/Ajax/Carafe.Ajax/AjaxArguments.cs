using System.Text.Json;

namespace Carafe.Ajax;

/// <summary>
/// Reads <c>sijax_args</c>, the JSON list of arguments the browser sent, within limits: a text
/// that is not JSON, not a list, nested deeper than <c>maxDepth</c> or longer than <c>maxLength</c>
/// characters is refused with the reason (Sijax itself would call the callback with no arguments).
/// </summary>
internal static class AjaxArguments
{
    public static bool TryParse(string text, int maxLength, int maxDepth, out JsonElement[] arguments, out string error)
    {
        arguments = [];
        error = "";
        if (text.Length > maxLength)
        {
            error = $"sijax_args is {text.Length} characters long; at most {maxLength} are accepted (AJAX_ARGS_MAX_LENGTH).";
            return false;
        }
        var json = System.Text.Encoding.UTF8.GetBytes(text);
        // One more level than allowed, so that the reader reports the depth rather than failing on it.
        var options = new JsonReaderOptions { MaxDepth = maxDepth + 1 };
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(json, options);
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject && reader.CurrentDepth >= maxDepth)
                {
                    error = $"sijax_args is nested deeper than {maxDepth} levels (AJAX_ARGS_MAX_DEPTH).";
                    return false;
                }
            }
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = maxDepth + 1 });
        }
        catch (JsonException)
        {
            error = "sijax_args is not valid JSON; it must be a JSON list of arguments, such as [\"Ann\", 3].";
            return false;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                error = $"sijax_args must be a JSON list of arguments, not {Describe(document.RootElement.ValueKind)}.";
                return false;
            }
            arguments = [.. document.RootElement.EnumerateArray().Select(argument => argument.Clone())];
            return true;
        }
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
