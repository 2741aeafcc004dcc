using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary>
/// <c>a ~ b ~ c</c>: the parts as strings, joined; markup-aware when autoescaping, except when every part is a
/// constant, which Jinja folds at compile time into plain text.
/// </summary>
internal sealed class ConcatExpression(int line, IReadOnlyList<Expression> parts) : Expression(line)
{
    public override bool IsConstant => parts.All(p => p.IsConstant);

    public override object? Evaluate(RenderContext context)
    {
        var values = new object?[parts.Count];
        bool markup = false;
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = parts[i].Evaluate(context);
            markup |= values[i] is Markup or IHtml;
        }
        if (markup && context.Autoescape && !IsConstant) return new Markup(string.Concat(values.Select(v => Markup.Escape(v).Html)));
        return string.Concat(values.Select(PyFormat.Str));
    }
}
