using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary>The <c>a:b:c</c> inside brackets.</summary>
internal sealed class SliceExpression(int line, Expression? start, Expression? stop, Expression? step) : Expression(line)
{
    public override object? Evaluate(RenderContext context) =>
        new Slice(start?.Evaluate(context), stop?.Evaluate(context), step?.Evaluate(context));
}
