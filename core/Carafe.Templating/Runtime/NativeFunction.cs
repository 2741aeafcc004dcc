namespace Carafe.Templating.Runtime;

/// <summary>A callable implemented in C#, such as <c>range</c> or a bound <c>str.upper</c>.</summary>
internal sealed class NativeFunction(string name, Func<RenderContext, Arguments, object?> body) : ICallable
{
    public string Name { get; } = name;

    public object? Call(RenderContext context, Arguments arguments) => body(context, arguments);

    public override string ToString() => $"<built-in function {Name}>";
}
