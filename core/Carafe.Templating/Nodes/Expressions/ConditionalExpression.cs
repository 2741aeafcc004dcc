using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary><c>a if test else b</c>; without <c>else</c> a false test gives an undefined value, as in Jinja.</summary>
internal sealed class ConditionalExpression(int line, Expression test, Expression then, Expression? otherwise) : Expression(line)
{
    public override object? Evaluate(RenderContext context)
    {
        if (PyTruth.IsTrue(test.Evaluate(context))) return then.Evaluate(context);
        if (otherwise is not null) return otherwise.Evaluate(context);
        return new Undefined(context.Environment.Undefined, null,
            $"the inline if-expression on line {Line} evaluated to false and no else section was defined.");
    }
}
