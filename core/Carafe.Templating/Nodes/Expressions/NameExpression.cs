using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary>A variable reference, looked up through the scopes, then the globals.</summary>
internal sealed class NameExpression(int line, string name) : Expression(line)
{
    public string Name { get; } = name;

    public override object? Evaluate(RenderContext context) => context.Resolve(Name);
}
