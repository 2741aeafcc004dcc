using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>{% filter upper %}body{% endfilter %}</c>.</summary>
internal sealed class FilterBlockStatement(int line, Statement body, IReadOnlyList<FilterCall> filters) : Statement(line)
{
    public override void Render(RenderContext context)
    {
        object? value = context.Captured(context.Capture(() => body.Render(context)));
        foreach (var filter in filters) value = filter.Apply(context, value);
        context.WriteValue(value);
    }
}
