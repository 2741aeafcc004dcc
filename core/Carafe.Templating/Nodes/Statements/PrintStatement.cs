using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>{{ expression }}</c>.</summary>
internal sealed class PrintStatement(int line, Expression expression) : Statement(line)
{
    public override void Render(RenderContext context) => context.WriteValue(expression.Evaluate(context));
}
