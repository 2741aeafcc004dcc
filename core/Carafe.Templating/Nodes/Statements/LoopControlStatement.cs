using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>{% break %}</c> or <c>{% continue %}</c> (the <c>loopcontrols</c> extension).</summary>
internal sealed class LoopControlStatement(int line, LoopControl control) : Statement(line)
{
    public override void Render(RenderContext context) => context.Control = control;
}
