using Carafe.Templating.Runtime;
using Carafe.Templating.Values;

namespace Carafe.Templating.Nodes;

/// <summary>
/// <c>{% include name ignore missing without context %}</c>; a list of names includes the first that exists. With
/// context, the included template sees the includer's variables except <c>loop</c>, as in Jinja.
/// </summary>
internal sealed class IncludeStatement(int line, Expression template, bool ignoreMissing, bool withContext) : Statement(line)
{
    public override void Render(RenderContext context)
    {
        Template included;
        try
        {
            included = TemplateReferences.Load(context, template.Evaluate(context));
        }
        catch (TemplateNotFoundException) when (ignoreMissing)
        {
            return;
        }
        var root = new Scope(withContext ? context.Scope : null);
        if (withContext) root.Set("loop", new Undefined(context.Environment.Undefined, "loop"));
        context.RenderNested(included, root, context.Output);
    }
}
