using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary><c>{% include name ignore missing without context %}</c>; a list of names includes the first that exists.</summary>
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
        context.RenderNested(included, new Scope(withContext ? context.Scope : null), context.Output);
    }
}
