using Carafe.Templating.Runtime;
using Carafe.Templating.Tests;

namespace Carafe.Templating.Nodes;

/// <summary><c>value is name(args)</c> or <c>value is not name</c>.</summary>
internal sealed class TestExpression(int line, Expression value, TestFunction test, CallArguments arguments, bool negated) : Expression(line)
{
    public override object? Evaluate(RenderContext context)
    {
        StackGuard.Check();
        return test(context, value.Evaluate(context), arguments.Evaluate(context)) != negated;
    }
}
