using Carafe.Templating.Nodes;

namespace Carafe.Templating.Runtime;

/// <summary>The <c>self</c> variable: <c>self.blockname()</c> renders a block again.</summary>
internal sealed class TemplateReference(RenderContext context) : IAttributeSource
{
    public bool TryGetAttribute(string name, out object? value)
    {
        if (!context.Blocks.ContainsKey(name))
        {
            value = null;
            return false;
        }
        value = new NativeFunction(name, (c, _) => c.Captured(BlockStatement.RenderLevel(c, name, 0, c.RootScope)));
        return true;
    }

    public override string ToString() => $"<TemplateReference {context.Template.Name}>";
}
