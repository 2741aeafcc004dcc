using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary>A node that computes a value.</summary>
internal abstract class Expression(int line) : Node(line)
{
    public abstract object? Evaluate(RenderContext context);
}
