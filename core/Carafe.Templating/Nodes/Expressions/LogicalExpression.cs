using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary><c>a and b</c>, <c>a or b</c>: short-circuiting, returning an operand as Python does.</summary>
internal sealed class LogicalExpression(int line, bool isAnd, Expression left, Expression right) : Expression(line)
{
    public override object? Evaluate(RenderContext context)
    {
        StackGuard.Check();
        var value = left.Evaluate(context);
        return PyTruth.IsTrue(value) == isAnd ? right.Evaluate(context) : value;
    }
}
