using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary>A list literal <c>[a, b]</c>.</summary>
internal sealed class ListExpression(int line, IReadOnlyList<Expression> items) : Expression(line)
{
    public IReadOnlyList<Expression> Items { get; } = items;

    public override object? Evaluate(RenderContext context)
    {
        var list = new List<object?>(Items.Count);
        foreach (var item in Items) list.Add(item.Evaluate(context));
        return list;
    }
}
