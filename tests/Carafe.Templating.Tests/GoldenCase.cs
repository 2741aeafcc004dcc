using System.Globalization;
using System.Text.Json;
using Carafe.Templating.Values;

namespace Carafe.Templating.Tests;

/// <summary>
/// One case of the golden fixtures (see <c>Golden/README.md</c>) or of the extra differential cases in
/// <c>Differential/cases.json</c>, which use the same format; both were rendered by real Jinja2.
/// </summary>
public sealed class GoldenCase
{
    private static readonly Lazy<IReadOnlyDictionary<string, GoldenCase>> All = new(Load);

    private GoldenCase(JsonElement json)
    {
        Name = json.GetProperty("name").GetString()!;
        Templates = json.GetProperty("templates").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Entry = json.GetProperty("entry").GetString()!;
        Context = json.GetProperty("context").EnumerateObject().ToDictionary(p => p.Name, p => ToValue(p.Value));
        Options = json.GetProperty("options").Clone();
        if (json.TryGetProperty("output", out var output)) Output = output.GetString();
        if (json.TryGetProperty("error", out var error))
        {
            ErrorType = error.GetProperty("type").GetString();
            ErrorMessage = error.GetProperty("message").GetString();
            if (error.TryGetProperty("lineno", out var line)) ErrorLine = line.GetInt32();
        }
    }

    public string Name { get; }
    public IReadOnlyDictionary<string, string> Templates { get; }
    public string Entry { get; }
    public IReadOnlyDictionary<string, object?> Context { get; }
    public JsonElement Options { get; }
    public string? Output { get; }
    public string? ErrorType { get; }
    public string? ErrorMessage { get; }
    public int? ErrorLine { get; }

    public static IEnumerable<string> Names => All.Value.Keys;

    public static GoldenCase Get(string name) => All.Value[name];

    /// <summary>The environment the generator used: a dict loader over the case's templates and its options.</summary>
    public Environment CreateEnvironment()
    {
        string? Text(string key) => Options.TryGetProperty(key, out var v) ? v.GetString() : null;
        bool Flag(string key) => Options.TryGetProperty(key, out var v) && v.GetBoolean();
        return new Environment
        {
            Loader = new DictLoader(Templates),
            Autoescape = Flag("autoescape"),
            TrimBlocks = Flag("trim_blocks"),
            LstripBlocks = Flag("lstrip_blocks"),
            KeepTrailingNewline = Flag("keep_trailing_newline"),
            NewlineSequence = Text("newline_sequence") ?? "\n",
            Undefined = Text("undefined") switch
            {
                "strict" => UndefinedBehavior.Strict,
                "chainable" => UndefinedBehavior.Chainable,
                _ => UndefinedBehavior.Default,
            },
            LineStatementPrefix = Text("line_statement_prefix"),
            LineCommentPrefix = Text("line_comment_prefix"),
            BlockStartString = Text("block_start_string") ?? "{%",
            BlockEndString = Text("block_end_string") ?? "%}",
            VariableStartString = Text("variable_start_string") ?? "{{",
            VariableEndString = Text("variable_end_string") ?? "}}",
            CommentStartString = Text("comment_start_string") ?? "{#",
            CommentEndString = Text("comment_end_string") ?? "#}",
        };
    }

    /// <summary>JSON as Python reads it: objects as dicts, numbers with a dot as floats, others as ints.</summary>
    private static object? ToValue(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().Aggregate(new PyDict(), (d, p) => { d.Set(p.Name, ToValue(p.Value)); return d; }),
        JsonValueKind.Array => json.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => json.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        _ => json.GetRawText().Contains('.')
            ? double.Parse(json.GetRawText(), CultureInfo.InvariantCulture)
            : (object)long.Parse(json.GetRawText(), CultureInfo.InvariantCulture),
    };

    private static IReadOnlyDictionary<string, GoldenCase> Load()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.json").Order(StringComparer.Ordinal)
            .Append(Path.Combine(AppContext.BaseDirectory, "Differential", "cases.json"));
        var cases = new Dictionary<string, GoldenCase>();
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var golden = new GoldenCase(element);
                cases.Add(golden.Name, golden);
            }
        }
        return cases;
    }

    public override string ToString() => Name;
}
