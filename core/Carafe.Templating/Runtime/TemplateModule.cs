using System.Text;

namespace Carafe.Templating.Runtime;

/// <summary>What <c>import</c> yields: the names an imported template defined at its top level (not those starting with <c>_</c>).</summary>
internal sealed class TemplateModule(string? name, Dictionary<string, object?> exports, string body) : IAttributeSource
{
    public string? Name { get; } = name;

    public bool TryGetAttribute(string attribute, out object? value) => exports.TryGetValue(attribute, out value);

    public override string ToString() => body;

    public static TemplateModule Load(RenderContext context, object? reference, bool withContext)
    {
        var template = TemplateReferences.Load(context, reference);
        var root = new Scope(withContext ? context.Scope : null);
        var output = new StringBuilder();
        context.RenderNested(template, root, output);
        var exports = root.Assigned.Where(p => !p.Key.StartsWith('_')).ToDictionary(p => p.Key, p => p.Value);
        return new TemplateModule(template.Name, exports, output.ToString());
    }
}
