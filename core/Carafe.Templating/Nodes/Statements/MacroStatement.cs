using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>{% macro name(args) %}body{% endmacro %}</c>: defines the macro in the current scope.</summary>
internal sealed class MacroStatement(int line, MacroDefinition definition) : Statement(line)
{
    public override void Render(RenderContext context) =>
        context.Scope.Set(definition.Name, new Macro(definition, context.Scope, context.Autoescape));
}
