using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary><c>{% autoescape true %}...{% endautoescape %}</c>: switches escaping for its body, which is a scope of its own.</summary>
internal sealed class AutoescapeStatement(int line, Expression enabled, Statement body) : Statement(line)
{
    public override void Render(RenderContext context)
    {
        var (savedEscape, savedScope) = (context.Autoescape, context.Scope);
        context.Autoescape = PyTruth.IsTrue(enabled.Evaluate(context));
        context.Scope = new Scope(savedScope);
        try
        {
            body.Render(context);
        }
        finally
        {
            (context.Autoescape, context.Scope) = (savedEscape, savedScope);
        }
    }
}
