using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary>An arithmetic operator with Python's semantics: <c>+ - * / // % **</c>.</summary>
internal sealed class BinaryExpression : Expression
{
    private readonly Expression _left;
    private readonly Expression _right;
    private readonly Func<object?, object?, object?> _operation;

    public BinaryExpression(int line, string op, Expression left, Expression right) : base(line)
    {
        _left = left;
        _right = right;
        _operation = op switch
        {
            "+" => PyArithmetic.Add,
            "-" => PyArithmetic.Subtract,
            "*" => PyArithmetic.Multiply,
            "/" => PyArithmetic.Divide,
            "//" => PyArithmetic.FloorDivide,
            "%" => PyArithmetic.Modulo,
            "**" => PyArithmetic.Power,
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not an arithmetic operator"),
        };
    }

    public override object? Evaluate(RenderContext context)
    {
        StackGuard.Check();
        return _operation(_left.Evaluate(context), _right.Evaluate(context));
    }
}
