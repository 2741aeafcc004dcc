namespace Carafe.Templating.Lexing;

/// <summary>The kinds of token the lexer produces; line statements arrive as block tokens, as in Jinja.</summary>
internal enum TokenKind
{
    Data,
    VariableBegin,
    VariableEnd,
    BlockBegin,
    BlockEnd,
    Name,
    String,
    Integer,
    Float,
    Operator,
    EndOfFile,
}
