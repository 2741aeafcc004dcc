using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary>A dict literal <c>{'a': 1}</c>; keys keep their order, as in Python.</summary>
internal sealed class DictExpression(int line, IReadOnlyList<(Expression Key, Expression Value)> pairs) : Expression(line)
{
    public override object? Evaluate(RenderContext context)
    {
        var dict = new PyDict();
        foreach (var (key, value) in pairs) dict.Set(key.Evaluate(context), value.Evaluate(context));
        return dict;
    }
}
