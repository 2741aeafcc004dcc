using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>{% import "macros.html" as m %}</c>: binds the template's exported names as one module.</summary>
internal sealed class ImportStatement(int line, Expression template, string target, bool withContext) : Statement(line)
{
    public override void Render(RenderContext context) =>
        context.Scope.Set(target, TemplateModule.Load(context, template.Evaluate(context), withContext));
}
