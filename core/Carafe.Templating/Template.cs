using System.Collections;
using System.Text;
using Carafe.Templating.Nodes;
using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating;

/// <summary>A compiled template. It holds no render state, so one instance can render on many threads at once.</summary>
public sealed class Template
{
    internal Template(Environment environment, string? name, string? fileName, StatementList body,
        Dictionary<string, BlockStatement> blocks, Func<bool>? isUpToDate)
    {
        Environment = environment;
        Name = name;
        FileName = fileName;
        Body = body;
        Blocks = blocks;
        IsUpToDate = isUpToDate;
    }

    /// <summary>The environment that compiled it.</summary>
    public Environment Environment { get; }

    /// <summary>The name it was loaded by, or null for a template made with <see cref="Environment.FromString"/>.</summary>
    public string? Name { get; }

    /// <summary>The file it was read from, when the loader read a file.</summary>
    public string? FileName { get; }

    internal StatementList Body { get; }
    internal Dictionary<string, BlockStatement> Blocks { get; }
    internal Func<bool>? IsUpToDate { get; }

    /// <summary>Renders with the given variables.</summary>
    /// <exception cref="TemplateRuntimeException">Rendering failed; the exception names the template and line.</exception>
    public string Render(IReadOnlyDictionary<string, object?>? context = null)
    {
        var output = new StringBuilder(_lastLength + 64);
        RenderInto(output, context);
        _lastLength = Math.Min(output.Length, 1 << 20);
        return output.ToString();
    }

    /// <summary>The length of the last render, to size the next one's buffer; a hint, so races on it are harmless.</summary>
    private int _lastLength = 256;

    /// <summary>Renders with the public properties of an object (an anonymous object or a record) as the variables, or a dictionary's entries.</summary>
    public string Render(object? context) => Render(ToVariables(context));

    /// <summary>Renders to a writer, such as a response body; the text is written when the render has succeeded.</summary>
    public async ValueTask RenderAsync(TextWriter output, IReadOnlyDictionary<string, object?>? context = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var buffer = new StringBuilder();
        RenderInto(buffer, context);
        foreach (var chunk in buffer.GetChunks())
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    private void RenderInto(StringBuilder output, IReadOnlyDictionary<string, object?>? context)
    {
        var root = new Scope(null, context);
        new RenderContext(Environment, this, root, output).RenderTemplate(this);
    }

    private static IReadOnlyDictionary<string, object?>? ToVariables(object? context)
    {
        switch (context)
        {
            case null: return null;
            case IReadOnlyDictionary<string, object?> variables: return variables;
            case IDictionary<string, object?> dictionary: return new Dictionary<string, object?>(dictionary);
            case IDictionary dictionary:
                var result = new Dictionary<string, object?>();
                foreach (DictionaryEntry e in dictionary) result[PyFormat.Str(e.Key)] = e.Value;
                return result;
        }
        var properties = DotNetMembers.Properties(context.GetType());
        var fromProperties = new Dictionary<string, object?>(properties.Count);
        foreach (var (name, read) in properties) fromProperties[name] = read(context);
        return fromProperties;
    }
}
