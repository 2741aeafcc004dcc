using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>{% set x = value %}</c> and <c>{% set a, b = pair %}</c>.</summary>
internal sealed class SetStatement(int line, AssignmentTarget target, Expression value) : Statement(line)
{
    public override void Render(RenderContext context) => target.Assign(context, context.Scope, value.Evaluate(context));
}
