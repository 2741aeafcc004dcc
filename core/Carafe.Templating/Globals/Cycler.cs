using Carafe.Templating.Runtime;

namespace Carafe.Templating.Globals;

/// <summary>What <c>cycler(a, b)</c> makes: <c>next()</c> returns the items in turn, <c>current</c> peeks, <c>reset()</c> restarts.</summary>
internal sealed class Cycler(IReadOnlyList<object?> items) : IAttributeSource
{
    private int _position;

    public bool TryGetAttribute(string name, out object? value)
    {
        value = name switch
        {
            "current" => items[_position],
            "next" => new NativeFunction("next", (_, _) =>
            {
                var item = items[_position];
                _position = (_position + 1) % items.Count;
                return item;
            }),
            "reset" => new NativeFunction("reset", (_, _) => { _position = 0; return null; }),
            "items" => items.ToList(),
            _ => null,
        };
        return name is "current" or "next" or "reset" or "items";
    }
}
