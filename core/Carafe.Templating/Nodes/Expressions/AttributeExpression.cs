using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>obj.name</c>: an attribute, falling back to an item, as Jinja's <c>getattr</c>.</summary>
internal sealed class AttributeExpression(int line, Expression target, string name) : Expression(line)
{
    public Expression Target { get; } = target;
    public string Name { get; } = name;

    public override object? Evaluate(RenderContext context)
    {
        StackGuard.Check();
        return Attributes.GetAttribute(context, Target.Evaluate(context), Name);
    }
}
