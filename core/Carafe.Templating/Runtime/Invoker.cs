using Carafe.Templating.Values;

namespace Carafe.Templating.Runtime;

/// <summary>Calls whatever a template calls: its own callables, or .NET delegates bound by parameter name.</summary>
internal static class Invoker
{
    public static object? Call(RenderContext context, object? callee, Arguments arguments) => callee switch
    {
        ICallable callable => callable.Call(context, arguments),
        TemplateFunction function => function(arguments.Positional, arguments.Keywords ?? Empty),
        Delegate d => DotNetBinder.Invoke(d.Target, [d.Method], arguments, d.Method.Name),
        Undefined u => throw u.Fail(),
        _ => throw new TemplateRuntimeException($"{PyFormat.Repr(PyFormat.TypeName(callee))} object is not callable"),
    };

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();
}
