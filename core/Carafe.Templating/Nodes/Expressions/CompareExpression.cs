using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary>A comparison, possibly chained (<c>1 &lt; x &lt;= 3</c>), including <c>in</c> and <c>not in</c>.</summary>
internal sealed class CompareExpression(int line, Expression first, IReadOnlyList<(string Op, Expression Operand)> rest) : Expression(line)
{
    public override object? Evaluate(RenderContext context)
    {
        var left = first.Evaluate(context);
        foreach (var (op, operand) in rest)
        {
            var right = operand.Evaluate(context);
            if (!Holds(op, left, right)) return false;
            left = right;
        }
        return true;
    }

    public static bool Holds(string op, object? left, object? right) => op switch
    {
        "==" => PyEquality.Equal(left, right),
        "!=" => !PyEquality.Equal(left, right),
        "<" => PyComparison.Compare(left, right, op) < 0,
        "<=" => PyComparison.Compare(left, right, op) <= 0,
        ">" => PyComparison.Compare(left, right, op) > 0,
        ">=" => PyComparison.Compare(left, right, op) >= 0,
        "in" => PyComparison.Contains(right, left),
        "notin" => !PyComparison.Contains(right, left),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not a comparison"),
    };
}
