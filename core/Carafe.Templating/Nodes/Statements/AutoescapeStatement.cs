using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary><c>{% autoescape true %}...{% endautoescape %}</c>: switches escaping for its body.</summary>
internal sealed class AutoescapeStatement(int line, Expression enabled, Statement body) : Statement(line)
{
    public override void Render(RenderContext context)
    {
        bool saved = context.Autoescape;
        context.Autoescape = PyTruth.IsTrue(enabled.Evaluate(context));
        try
        {
            body.Render(context);
        }
        finally
        {
            context.Autoescape = saved;
        }
    }
}
