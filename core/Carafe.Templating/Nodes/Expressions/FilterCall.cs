using Carafe.Templating.Filters;
using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary>One filter application with its arguments; also used by filter blocks and block sets.</summary>
internal sealed class FilterCall(string name, FilterFunction function, CallArguments arguments)
{
    public string Name { get; } = name;

    public object? Apply(RenderContext context, object? value) => function(context, value, arguments.Evaluate(context));
}
