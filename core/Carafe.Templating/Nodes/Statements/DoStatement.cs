using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>{% do expression %}</c>: evaluates for its effect (the <c>do</c> extension).</summary>
internal sealed class DoStatement(int line, Expression expression) : Statement(line)
{
    public override void Render(RenderContext context) => expression.Evaluate(context);
}
