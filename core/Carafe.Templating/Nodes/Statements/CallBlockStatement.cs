using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>{% call(args) macro(...) %}body{% endcall %}</c>: calls the macro with the body as <c>caller</c>.</summary>
internal sealed class CallBlockStatement(int line, CallExpression call, MacroDefinition caller) : Statement(line)
{
    public override void Render(RenderContext context) =>
        context.WriteValue(call.EvaluateWith(context, "caller", new Macro(caller, context.Scope, context.Autoescape)));
}
