namespace Carafe.Templating.Lexing;

/// <summary>A template's text with its name, turning offsets into lines and columns for error messages.</summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = [0];

    public SourceText(string text, string? name)
    {
        Text = text;
        Name = name;
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '\n') _lineStarts.Add(i + 1);
    }

    public string Text { get; }
    public string? Name { get; }

    public (int Line, int Column) Position(int offset)
    {
        int index = _lineStarts.BinarySearch(offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }

    public string? Line(int line)
    {
        if (line < 1 || line > _lineStarts.Count) return null;
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Count ? _lineStarts[line] - 1 : Text.Length;
        return Text[start..end];
    }

    public TemplateSyntaxException Error(string message, int line, int column) =>
        new(message, Name, line, column, Line(line));

    public TemplateSyntaxException ErrorAt(string message, int offset)
    {
        var (line, column) = Position(offset);
        return Error(message, line, column);
    }
}
