using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary><c>{% from "macros.html" import a, b as c %}</c>.</summary>
internal sealed class FromImportStatement(int line, Expression template, IReadOnlyList<(string Name, string Alias)> names, bool withContext) : Statement(line)
{
    public override void Render(RenderContext context)
    {
        var module = TemplateModule.Load(context, template.Evaluate(context), withContext);
        foreach (var (name, alias) in names)
        {
            context.Scope.Set(alias, module.TryGetAttribute(name, out var value) ? value
                : new Undefined(context.Environment.Undefined, null,
                    $"the template {PyFormat.Repr(module.Name)} (imported on line {Line}) does not export the requested name {PyFormat.Repr(name)}"));
        }
    }
}
