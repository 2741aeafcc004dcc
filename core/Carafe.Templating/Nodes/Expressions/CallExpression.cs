using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>f(a, b=1, *args, **kwargs)</c>.</summary>
internal sealed class CallExpression(int line, Expression callee, CallArguments arguments) : Expression(line)
{
    public Expression Callee { get; } = callee;
    public CallArguments Arguments { get; } = arguments;

    private string? CalleeName => Callee switch
    {
        NameExpression n => n.Name,
        AttributeExpression a => a.Name,
        _ => null,
    };

    public override object? Evaluate(RenderContext context)
    {
        StackGuard.Check();
        return Invoker.Call(context, Callee.Evaluate(context), Arguments.Evaluate(context), CalleeName);
    }

    /// <summary>Calls with one more keyword argument; how a <c>call</c> block passes <c>caller</c>.</summary>
    public object? EvaluateWith(RenderContext context, string name, object? value)
    {
        var callee = Callee.Evaluate(context);
        var args = Arguments.Evaluate(context);
        var keywords = args.Keywords is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(args.Keywords);
        keywords[name] = value;
        return Invoker.Call(context, callee, new Runtime.Arguments(args.Positional, keywords), CalleeName);
    }
}
