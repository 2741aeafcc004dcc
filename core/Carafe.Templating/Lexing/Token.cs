namespace Carafe.Templating.Lexing;

/// <summary>One token with its position (1-based line and column).</summary>
internal readonly record struct Token(TokenKind Kind, string Text, object? Value, int Line, int Column)
{
    public bool IsOperator(string op) => Kind == TokenKind.Operator && Text == op;

    public bool IsName(string name) => Kind == TokenKind.Name && Text == name;

    /// <summary>How Jinja describes the token in "expected ..." messages.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.EndOfFile => "end of template",
        TokenKind.VariableEnd => "end of print statement",
        TokenKind.BlockEnd => "end of statement block",
        TokenKind.VariableBegin => "begin of print statement",
        TokenKind.BlockBegin => "begin of statement block",
        TokenKind.Data => "template data / text",
        TokenKind.Integer => "integer",
        TokenKind.Float => "float",
        TokenKind.String => "string",
        _ => Text,
    };
}
