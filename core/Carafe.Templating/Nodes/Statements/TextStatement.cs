using Carafe.Templating.Runtime;

namespace Carafe.Templating.Nodes;

/// <summary>Template text between tags, written as it is.</summary>
internal sealed class TextStatement(int line, string text) : Statement(line)
{
    public string Text { get; } = text;

    public override void Render(RenderContext context) => context.Write(Text);
}
