using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary>A sequence of statements; stops at a pending <c>break</c>/<c>continue</c> and tags errors with their line.</summary>
internal sealed class StatementList(int line, IReadOnlyList<Statement> statements) : Statement(line)
{
    public IReadOnlyList<Statement> Statements { get; } = statements;

    public override void Render(RenderContext context)
    {
        var statements = Statements;
        for (int i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            try
            {
                statement.Render(context);
            }
            catch (TemplateRuntimeException e) when (e.LineNumber == 0)
            {
                e.LineNumber = statement.Line;
                e.TemplateName = context.Template.Name;
                throw;
            }
            catch (Exception e) when (e is not TemplateException)
            {
                throw new TemplateRuntimeException($"{e.GetType().Name}: {e.Message}", e)
                {
                    LineNumber = statement.Line,
                    TemplateName = context.Template.Name,
                };
            }
            if (context.Control != LoopControl.None) return;
        }
    }
}
