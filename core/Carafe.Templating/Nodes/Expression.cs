using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary>A node that computes a value.</summary>
internal abstract class Expression(int line) : Node(line)
{
    public abstract object? Evaluate(RenderContext context);

    /// <summary>Whether Jinja's optimizer would fold this at compile time (it matters to <c>~</c>, which then yields plain text).</summary>
    public virtual bool IsConstant => false;
}
