using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary>A literal: string, number, <c>true</c>, <c>none</c>.</summary>
internal sealed class ConstantExpression(int line, object? value) : Expression(line)
{
    public object? Value { get; } = value;

    public override object? Evaluate(RenderContext context) => Value;

    public override bool IsConstant => true;
}
