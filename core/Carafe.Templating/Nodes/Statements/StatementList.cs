using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary>
/// A sequence of statements; stops at a pending <c>break</c>/<c>continue</c> and tags errors with the template and
/// line they come from (the template that wrote the statements, which for a block or a macro may not be the one rendering).
/// </summary>
internal sealed class StatementList(int line, string? templateName, IReadOnlyList<Statement> statements) : Statement(line)
{
    public IReadOnlyList<Statement> Statements { get; } = statements;

    public override void Render(RenderContext context)
    {
        StackGuard.Check();
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
                e.TemplateName = templateName;
                throw;
            }
            catch (Exception e) when (e is not TemplateException)
            {
                throw new TemplateRuntimeException($"{e.GetType().Name}: {e.Message}", e)
                {
                    LineNumber = statement.Line,
                    TemplateName = templateName,
                };
            }
            if (context.Control != LoopControl.None) return;
        }
    }
}
