using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary>
/// <c>{% block name scoped required %}</c>. Rendering a block renders its most derived definition; <c>super()</c>
/// renders the next one up the inheritance chain. Whether the block sees the variables around it (<c>scoped</c>)
/// is decided where it is placed, so a child's override of a scoped block sees the loop variable.
/// </summary>
internal sealed class BlockStatement(int line, string name, Statement body, bool scoped, bool required) : Statement(line)
{
    public string Name { get; } = name;
    public Statement Body { get; } = body;
    public bool Scoped { get; } = scoped;
    public bool Required { get; } = required;

    public override void Render(RenderContext context)
    {
        if (context.PendingParent is not null) return;
        context.WriteValue(new Markup(RenderLevel(context, Name, 0, Scoped ? context.Scope : context.RootScope)));
    }

    /// <summary>Renders the definition at <paramref name="level"/> of the block's stack (0 = most derived).</summary>
    public static string RenderLevel(RenderContext context, string name, int level, Scope parent)
    {
        var stack = context.Blocks[name];
        var block = stack[level];
        if (block.Required) throw new TemplateRuntimeException($"Required block '{name}' not found");
        var outer = context.Scope;
        var scope = new Scope(parent);
        scope.Set("super", level + 1 < stack.Count
            ? new NativeFunction("super", (c, _) => c.Captured(RenderLevel(c, name, level + 1, parent)))
            : new Undefined(context.Environment.Undefined, null, $"there is no parent block called '{name}'."));
        context.Scope = scope;
        try
        {
            return context.Capture(() => block.Body.Render(context));
        }
        finally
        {
            context.Scope = outer;
        }
    }
}
