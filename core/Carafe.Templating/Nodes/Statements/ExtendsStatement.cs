using System.Text;
using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary>
/// <c>{% extends "base.html" %}</c>: the rest of this template's body still runs (its <c>set</c>s and imports count)
/// but writes nothing; then the parent renders with this template's blocks.
/// </summary>
internal sealed class ExtendsStatement(int line, Expression parent) : Statement(line)
{
    public override void Render(RenderContext context)
    {
        if (context.PendingParent is not null) throw new TemplateRuntimeException("extended multiple times");
        context.PendingParent = TemplateReferences.Load(context, parent.Evaluate(context));
        context.OutputBeforeExtends = context.Output;
        context.Output = new StringBuilder();
    }
}
