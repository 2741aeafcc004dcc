using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>obj[key]</c> or <c>obj[a:b]</c>: an item, falling back to an attribute, as Jinja's <c>getitem</c>.</summary>
internal sealed class ItemExpression(int line, Expression target, Expression key) : Expression(line)
{
    public override object? Evaluate(RenderContext context)
    {
        StackGuard.Check();
        return Attributes.GetItem(context, target.Evaluate(context), key.Evaluate(context));
    }
}
