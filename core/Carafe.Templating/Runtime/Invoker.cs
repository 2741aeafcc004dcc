using Carafe.Templating.Values;

namespace Carafe.Templating.Runtime;

/// <summary>Calls whatever a template calls: its own callables, or .NET delegates bound by parameter name.</summary>
internal static class Invoker
{
    /// <summary>Calls <paramref name="callee"/>; <paramref name="name"/> (how the template spelled it) names it in errors.</summary>
    public static object? Call(RenderContext context, object? callee, Arguments arguments, string? name = null) => callee switch
    {
        ICallable callable => callable.Call(context, arguments),
        TemplateFunction function => function(arguments.Positional, arguments.Keywords ?? Empty),
        ITemplateCallable callable => callable.Call(arguments.Positional, arguments.Keywords ?? Empty),
        Delegate d => DotNetBinder.Invoke(d.Target, [d.Method], arguments, name ?? d.Method.Name),
        Undefined u => throw u.Fail(),
        _ => throw new TemplateRuntimeException($"{PyFormat.Repr(PyFormat.TypeName(callee))} object is not callable"),
    };

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();
}
