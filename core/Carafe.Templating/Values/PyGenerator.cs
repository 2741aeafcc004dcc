using System.Collections;

namespace Carafe.Templating.Values;

/// <summary>
/// A Python generator, which filters such as <c>map</c> and <c>select</c> return: lazy, iterable once, and without a
/// length (<c>|length</c> on it fails, as in Jinja; <c>|list</c> first).
/// </summary>
internal sealed class PyGenerator(string name, IEnumerable<object?> source) : IEnumerable<object?>
{
    private IEnumerator<object?>? _source = source.GetEnumerator();

    public string Name { get; } = name;

    public IEnumerator<object?> GetEnumerator()
    {
        var source = _source;
        _source = null;
        if (source is null) yield break;
        while (source.MoveNext()) yield return source.Current;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"<generator object {Name}>";
}
