using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary>A dict literal <c>{'a': 1}</c>; keys keep their order, as in Python.</summary>
internal sealed class DictExpression(int line, IReadOnlyList<(Expression Key, Expression Value)> pairs) : Expression(line)
{
    public override object? Evaluate(RenderContext context)
    {
        var dict = PyMapping.NewDict();
        foreach (var (key, value) in pairs)
        {
            var k = key.Evaluate(context) ?? throw new TemplateRuntimeException("None is not supported as a dict key");
            dict[k] = value.Evaluate(context);
        }
        return dict;
    }
}
