using Carafe.Templating.Runtime;

namespace Carafe.Templating.Globals;

/// <summary>What <c>joiner(sep)</c> makes: calling it returns an empty string the first time and the separator after.</summary>
internal sealed class Joiner(object? separator) : ICallable
{
    private bool _used;

    public object? Call(RenderContext context, Arguments arguments)
    {
        if (_used) return separator;
        _used = true;
        return "";
    }
}
