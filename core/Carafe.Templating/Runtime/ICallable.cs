namespace Carafe.Templating.Runtime;

/// <summary>Anything a template can call: macros, builtin globals, bound methods, wrapped .NET delegates.</summary>
internal interface ICallable
{
    object? Call(RenderContext context, Arguments arguments);
}
