using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary><c>not x</c>, <c>-x</c>, <c>+x</c>.</summary>
internal sealed class UnaryExpression(int line, string op, Expression operand) : Expression(line)
{
    public override object? Evaluate(RenderContext context)
    {
        var value = operand.Evaluate(context);
        return op switch
        {
            "not" => !PyTruth.IsTrue(value),
            "-" => PyArithmetic.Negate(value),
            _ => PyArithmetic.Plus(value),
        };
    }
}
