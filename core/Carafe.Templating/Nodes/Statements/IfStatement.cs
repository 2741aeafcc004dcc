using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary><c>if</c> / <c>elif</c> / <c>else</c>; opens no scope, as in Jinja.</summary>
internal sealed class IfStatement(int line, IReadOnlyList<(Expression Test, Statement Body)> branches, Statement? otherwise) : Statement(line)
{
    public override void Render(RenderContext context)
    {
        foreach (var (test, body) in branches)
        {
            if (PyTruth.IsTrue(test.Evaluate(context)))
            {
                body.Render(context);
                return;
            }
        }
        otherwise?.Render(context);
    }
}
