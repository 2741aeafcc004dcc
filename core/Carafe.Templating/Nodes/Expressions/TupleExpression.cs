using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary>A tuple literal <c>(a, b)</c> or a bare <c>a, b</c>.</summary>
internal sealed class TupleExpression(int line, IReadOnlyList<Expression> items) : Expression(line)
{
    public IReadOnlyList<Expression> Items { get; } = items;

    public override object? Evaluate(RenderContext context)
    {
        var values = new object?[Items.Count];
        for (int i = 0; i < values.Length; i++) values[i] = Items[i].Evaluate(context);
        return new PyTuple(values);
    }
}
