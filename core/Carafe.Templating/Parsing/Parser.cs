using Carafe.Templating.Filters;
using Carafe.Templating.Lexing;
using Carafe.Templating.Nodes;
using Carafe.Templating.Tests;

namespace Carafe.Templating.Parsing;

/// <summary>
/// Turns tokens into statements, following Jinja's grammar and its messages. Filters and tests are looked up
/// here, so an unknown one fails at compile time as in Jinja 3.1. Statement parsing lives in
/// <c>Parser.Statements.cs</c>, expressions in <c>Parser.Expressions.cs</c>.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Deeper nesting than this is refused with a syntax error rather than risking the stack.</summary>
    private const int MaxNesting = 150;

    private readonly TokenReader _reader;
    private readonly Environment _environment;
    private readonly Dictionary<string, BlockStatement> _blocks = [];
    private readonly List<string[]> _endTokenStack = [];
    private readonly List<string> _tagStack = [];
    private readonly List<HashSet<string>> _macroReferences = [];
    private int _nesting;

    /// <summary>How many assigning statements (set, macro, import) have been parsed; a loop body without any can reuse its scope.</summary>
    private int _assignments;

    /// <summary>Inside an <c>if</c> or a conditional expression an unknown filter or test fails only if it runs (Jinja 3.1).</summary>
    private int _softFrames;

    /// <summary>Unknown filters and tests met so far; those outside soft frames fail the compile once parsing is done.</summary>
    private readonly List<UnknownName> _unknownNames = [];

    private sealed class UnknownName(TemplateSyntaxException error, bool soft)
    {
        public TemplateSyntaxException Error { get; } = error;
        public bool Soft { get; set; } = soft;
    }

    private Parser(TokenReader reader, Environment environment)
    {
        _reader = reader;
        _environment = environment;
    }

    public static (StatementList Body, Dictionary<string, BlockStatement> Blocks) Parse(Environment environment, SourceText source)
    {
        var tokens = Lexer.Tokenize(environment.SyntaxOptions, source);
        var parser = new Parser(new TokenReader(tokens, source), environment);
        var body = parser.Subparse(null);
        if (parser._unknownNames.FirstOrDefault(u => !u.Soft) is { } unknown) throw unknown.Error;
        return (body, parser._blocks);
    }

    private Token Current => _reader.Current;

    private TemplateSyntaxException Error(string message, Token? at = null) => _reader.Error(message, at ?? Current);

    private IDisposable Nest()
    {
        if (++_nesting > MaxNesting) throw Error("the template is nested too deeply");
        return new NestingScope(this);
    }

    private sealed class NestingScope(Parser parser) : IDisposable
    {
        public void Dispose() => parser._nesting--;
    }

    /// <summary>Statements until one of <paramref name="endTokens"/> opens a tag (left current) or the template ends.</summary>
    private StatementList Subparse(string[]? endTokens)
    {
        var body = new List<Statement>();
        int line = Current.Line;
        while (true)
        {
            var token = Current;
            switch (token.Kind)
            {
                case TokenKind.Data:
                    _reader.Next();
                    body.Add(new TextStatement(token.Line, token.Text));
                    break;
                case TokenKind.VariableBegin:
                    _reader.Next();
                    body.Add(new PrintStatement(token.Line, ParseTuple(withCondition: true)));
                    _reader.Expect(TokenKind.VariableEnd, "end of print statement");
                    break;
                case TokenKind.BlockBegin:
                    _reader.Next();
                    if (endTokens is not null && Current.Kind == TokenKind.Name && endTokens.Contains(Current.Text))
                        return new StatementList(line, _reader.Source.Name, body);
                    body.Add(ParseStatement());
                    _reader.Expect(TokenKind.BlockEnd, "end of statement block");
                    break;
                case TokenKind.EndOfFile:
                    if (endTokens is not null) throw UnknownTag(null, token);
                    return new StatementList(line, _reader.Source.Name, body);
                default:
                    throw Error($"unexpected '{token.Describe()}'");
            }
        }
    }

    /// <summary>After a tag's header: its body up to one of the end tags; <paramref name="dropNeedle"/> consumes that tag's name.</summary>
    private StatementList ParseStatements(string[] endTokens, bool dropNeedle = false)
    {
        _reader.SkipOperator(":");
        _reader.Expect(TokenKind.BlockEnd, "end of statement block");
        _endTokenStack.Add(endTokens);
        var body = Subparse(endTokens);
        _endTokenStack.RemoveAt(_endTokenStack.Count - 1);
        if (dropNeedle) _reader.Next();
        return body;
    }

    /// <summary>Jinja's message for a tag it does not know here, or for the template ending inside a block.</summary>
    private TemplateSyntaxException UnknownTag(string? name, Token at)
    {
        var message = new List<string> { name is null ? "Unexpected end of template." : $"Encountered unknown tag '{name}'." };
        if (_endTokenStack.Count > 0)
        {
            string looking = string.Join(" or ", _endTokenStack[^1].Select(t => $"'{t}'"));
            bool expected = name is not null && _endTokenStack.Any(tokens => tokens.Contains(name));
            message.Add(expected
                ? $"You probably made a nesting mistake. Jinja is expecting this tag, but currently looking for {looking}."
                : $"Jinja was looking for the following tags: {looking}.");
        }
        if (_tagStack.Count > 0) message.Add($"The innermost block that needs to be closed is '{_tagStack[^1]}'.");
        return Error(string.Join(" ", message), at);
    }

    private FilterFunction ResolveFilter(string name, Token at)
    {
        if (_environment.ResolveFilter(name) is { } filter) return filter;
        _unknownNames.Add(new UnknownName(Error($"No filter named '{name}'.", at), _softFrames > 0));
        return (_, _, _) => throw new TemplateRuntimeException($"No filter named '{name}' found.");
    }

    private TestFunction ResolveTest(string name, Token at)
    {
        if (_environment.ResolveTest(name) is { } test) return test;
        _unknownNames.Add(new UnknownName(Error($"No test named '{name}'.", at), _softFrames > 0));
        return (_, _, _) => throw new TemplateRuntimeException($"No test named '{name}' found.");
    }

    /// <summary>Marks unknown names met since <paramref name="mark"/> as soft: they turned out to be inside a conditional expression.</summary>
    private void SoftenSince(int mark)
    {
        for (int i = mark; i < _unknownNames.Count; i++) _unknownNames[i].Soft = true;
    }

    private T Soft<T>(Func<T> parse)
    {
        _softFrames++;
        try
        {
            return parse();
        }
        finally
        {
            _softFrames--;
        }
    }
}
