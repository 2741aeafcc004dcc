using Carafe.Templating.Lexing;

namespace Carafe.Templating.Parsing;

/// <summary>A cursor over the token list with Jinja's <c>expect</c>/<c>skip_if</c> helpers and its error messages.</summary>
internal sealed class TokenReader(List<Token> tokens, SourceText source)
{
    private int _index;

    public SourceText Source { get; } = source;

    public Token Current => tokens[_index].Kind == TokenKind.Error ? throw LexicalError(tokens[_index]) : tokens[_index];

    public Token Peek => _index + 1 < tokens.Count ? Checked(tokens[_index + 1]) : tokens[^1];

    public Token Next()
    {
        var token = Current;
        if (_index < tokens.Count - 1) _index++;
        return token;
    }

    private static Token Checked(Token token) => token.Kind == TokenKind.Error ? throw LexicalError(token) : token;

    private static TemplateSyntaxException LexicalError(Token token) => (TemplateSyntaxException)token.Value!;

    public bool SkipName(string name)
    {
        if (!Current.IsName(name)) return false;
        Next();
        return true;
    }

    public bool SkipOperator(string op)
    {
        if (!Current.IsOperator(op)) return false;
        Next();
        return true;
    }

    public Token Expect(TokenKind kind, string description)
    {
        if (Current.Kind == kind) return Next();
        throw Unexpected(description);
    }

    public Token ExpectName(string name) => Current.IsName(name) ? Next() : throw Unexpected(name);

    public Token ExpectOperator(string op) => Current.IsOperator(op) ? Next() : throw Unexpected(op);

    private TemplateSyntaxException Unexpected(string expected) => Current.Kind == TokenKind.EndOfFile
        ? Error($"unexpected end of template, expected '{expected}'.", Current)
        : Error($"expected token '{expected}', got '{Current.Describe()}'", Current);

    public TemplateSyntaxException Error(string message, Token at) => Source.Error(message, at.Line, at.Column);
}
