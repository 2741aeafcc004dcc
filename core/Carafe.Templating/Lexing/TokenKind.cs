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

    /// <summary>Source the lexer could not read; the parser reports it when it gets there.</summary>
    Error,
}
