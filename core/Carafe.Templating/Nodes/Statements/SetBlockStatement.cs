using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>{% set x | filter %}body{% endset %}</c>: captures the body, then applies the filters.</summary>
internal sealed class SetBlockStatement(int line, AssignmentTarget target, Statement body, IReadOnlyList<FilterCall> filters) : Statement(line)
{
    public override void Render(RenderContext context)
    {
        object? value = context.Captured(context.Capture(() => body.Render(context)));
        foreach (var filter in filters) value = filter.Apply(context, value);
        target.Assign(context, context.Scope, value);
    }
}
