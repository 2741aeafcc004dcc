namespace Carafe.Templating.Runtime;

/// <summary>A bounded, least-recently-used cache of compiled templates by name, safe to share between threads.</summary>
internal sealed class TemplateCache(Func<int> capacity)
{
    private readonly Dictionary<string, LinkedListNode<Template>> _byName = [];
    private readonly LinkedList<Template> _recency = new();
    private readonly Lock _lock = new();

    /// <summary>The cached template, unless it is missing or (when <paramref name="checkUpToDate"/>) its source changed.</summary>
    public Template? Get(string name, bool checkUpToDate)
    {
        lock (_lock)
        {
            if (!_byName.TryGetValue(name, out var node)) return null;
            if (checkUpToDate && node.Value.IsUpToDate is { } upToDate && !upToDate())
            {
                _recency.Remove(node);
                _byName.Remove(name);
                return null;
            }
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value;
        }
    }

    public Template Add(string name, Template template)
    {
        int limit = capacity();
        if (limit == 0) return template;
        lock (_lock)
        {
            if (_byName.Remove(name, out var old)) _recency.Remove(old);
            _byName[name] = _recency.AddFirst(template);
            while (limit > 0 && _byName.Count > limit)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _byName.Remove(last.Value.Name!);
            }
        }
        return template;
    }
}
