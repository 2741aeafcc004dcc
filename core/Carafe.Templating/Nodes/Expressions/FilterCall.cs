using Carafe.Templating.Filters;
using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary>One filter application with its arguments; also used by filter blocks and block sets.</summary>
internal sealed class FilterCall(string name, FilterFunction function, CallArguments arguments)
{
    public string Name { get; } = name;

    /// <summary>Jinja folds filters over constants unless they need the render context.</summary>
    public bool IsConstant => arguments.IsConstant && Name is not ("map" or "select" or "reject" or "selectattr" or "rejectattr");

    public object? Apply(RenderContext context, object? value) => function(context, value, arguments.Evaluate(context));
}
