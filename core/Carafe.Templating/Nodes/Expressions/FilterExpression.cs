using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>value|name(args)</c>, with the filter found when the template was compiled.</summary>
internal sealed class FilterExpression(int line, Expression? value, FilterCall filter) : Expression(line)
{
    public override object? Evaluate(RenderContext context)
    {
        StackGuard.Check();
        return filter.Apply(context, value?.Evaluate(context));
    }

    public override bool IsConstant => value is { IsConstant: true } && filter.IsConstant;
}
