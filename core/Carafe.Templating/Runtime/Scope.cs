namespace Carafe.Templating.Runtime;

/// <summary>
/// Variables visible at one level of a render: the caller's context at the root, then one scope per <c>for</c>,
/// <c>with</c>, macro call or block. Lookups walk outward; assignments stay in the scope that makes them.
/// </summary>
internal sealed class Scope
{
    private readonly IReadOnlyDictionary<string, object?>? _context;
    private Dictionary<string, object?>? _variables;

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
            if (scope._variables is not null && scope._variables.TryGetValue(name, out value)) return true;
            if (scope._context is not null && scope._context.TryGetValue(name, out value)) return true;
        }
        value = null;
        return false;
    }

    public void Set(string name, object? value) => (_variables ??= [])[name] = value;

    /// <summary>The names this scope assigned itself, which is what an imported template exports.</summary>
    public IEnumerable<KeyValuePair<string, object?>> Assigned => _variables ?? [];
}
