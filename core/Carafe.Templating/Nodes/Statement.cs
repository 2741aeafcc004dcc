using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary>A node that writes output or changes state.</summary>
internal abstract class Statement(int line) : Node(line)
{
    public abstract void Render(RenderContext context);
}
