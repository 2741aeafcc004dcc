using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>{% with a = 1, b = 2 %}</c>: a new scope with those variables.</summary>
internal sealed class WithStatement(int line, IReadOnlyList<(AssignmentTarget Target, Expression Value)> assignments, Statement body) : Statement(line)
{
    public override void Render(RenderContext context)
    {
        var outer = context.Scope;
        var scope = new Scope(outer);
        var values = assignments.Select(a => a.Value.Evaluate(context)).ToList();
        for (int i = 0; i < values.Count; i++) assignments[i].Target.Assign(context, scope, values[i]);
        context.Scope = scope;
        try
        {
            body.Render(context);
        }
        finally
        {
            context.Scope = outer;
        }
    }
}
