using Carafe.Templating.Values;

namespace Carafe.Templating.Runtime;

/// <summary>The <c>loop</c> variable: position, neighbours, <c>cycle</c>, <c>changed</c>, and <c>loop(...)</c> when recursive.</summary>
internal sealed class LoopContext(IReadOnlyList<object?> items, int depth0, UndefinedBehavior undefined, Func<object?, int, string>? recurse) : IAttributeSource, ICallable
{
    private object? _lastChanged = NotSet;
    private static readonly object NotSet = new();
    private NativeFunction? _cycle;
    private NativeFunction? _changed;

    public int Index0 { get; set; }

    public bool TryGetAttribute(string name, out object? value)
    {
        int length = items.Count;
        switch (name)
        {
            case "index": value = PyNumber.Box(Index0 + 1); return true;
            case "index0": value = PyNumber.Box(Index0); return true;
            case "revindex": value = PyNumber.Box(length - Index0); return true;
            case "revindex0": value = PyNumber.Box(length - Index0 - 1); return true;
            case "first": value = Index0 == 0; return true;
            case "last": value = Index0 == length - 1; return true;
            case "length": value = PyNumber.Box(length); return true;
            case "depth": value = PyNumber.Box(depth0 + 1); return true;
            case "depth0": value = PyNumber.Box(depth0); return true;
            case "previtem":
                value = Index0 > 0 ? items[Index0 - 1] : new Undefined(undefined, null, "there is no previous item");
                return true;
            case "nextitem":
                value = Index0 + 1 < length ? items[Index0 + 1] : new Undefined(undefined, null, "there is no next item");
                return true;
            case "cycle":
                value = _cycle ??= new NativeFunction("cycle", (_, args) =>
                {
                    if (args.Positional.Count == 0) throw new TemplateRuntimeException("no items for cycling given");
                    return args.Positional[Index0 % args.Positional.Count];
                });
                return true;
            case "changed":
                value = _changed ??= new NativeFunction("changed", (_, args) =>
                {
                    var current = new PyTuple([.. args.Positional]);
                    if (_lastChanged != NotSet && PyEquality.Equal(_lastChanged, current)) return false;
                    _lastChanged = current;
                    return true;
                });
                return true;
            default:
                value = null;
                return false;
        }
    }

    public object? Call(RenderContext context, Arguments arguments)
    {
        if (arguments.Positional.Count == 0 && arguments.Keywords is null)
            throw new TemplateRuntimeException("LoopContext.__call__() missing 1 required positional argument: 'iterable'");
        if (recurse is null)
            throw new TemplateRuntimeException("The loop must have the 'recursive' marker to be called recursively.");
        if (arguments.Positional.Count != 1) throw new TemplateRuntimeException("loop() takes exactly one argument");
        return context.Captured(recurse(arguments.Positional[0], depth0 + 1));
    }

    public override string ToString() => $"<LoopContext {Index0 + 1}/{items.Count}>";
}
