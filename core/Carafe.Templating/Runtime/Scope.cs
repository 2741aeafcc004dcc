namespace Carafe.Templating.Runtime;

/// <summary>
/// Variables visible at one level of a render: the caller's context at the root, then one scope per <c>for</c>
/// iteration, <c>with</c>, macro call or block. Lookups walk outward; assignments stay in the scope that makes them.
/// Scopes hold few names, so they are kept in small arrays searched in order, which is cheaper than a dictionary.
/// </summary>
internal sealed class Scope
{
    private readonly IReadOnlyDictionary<string, object?>? _context;
    private string[]? _names;
    private object?[]? _values;
    private int _count;

    public Scope(Scope? parent, IReadOnlyDictionary<string, object?>? context = null)
    {
        Parent = parent;
        _context = context;
    }

    public Scope? Parent { get; }

    public bool TryGet(string name, out object? value)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            var names = scope._names;
            for (int i = 0; i < scope._count; i++)
            {
                if (ReferenceEquals(names![i], name) || names[i] == name)
                {
                    value = scope._values![i];
                    return true;
                }
            }
            if (scope._context is not null && scope._context.TryGetValue(name, out value)) return true;
        }
        value = null;
        return false;
    }

    public void Set(string name, object? value)
    {
        for (int i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_names![i], name) || _names[i] == name)
            {
                _values![i] = value;
                return;
            }
        }
        if (_names is null || _count == _names.Length)
        {
            int size = _names is null ? 4 : _names.Length * 2;
            Array.Resize(ref _names, size);
            Array.Resize(ref _values, size);
        }
        _names[_count] = name;
        _values![_count++] = value;
    }

    /// <summary>The names this scope assigned itself, in order, which is what an imported template exports.</summary>
    public IEnumerable<KeyValuePair<string, object?>> Assigned
    {
        get
        {
            for (int i = 0; i < _count; i++) yield return new(_names![i], _values![i]);
        }
    }
}
