using Carafe.Templating.Lexing;
using Carafe.Templating.Nodes;
using Carafe.Templating.Runtime;

namespace Carafe.Templating.Parsing;

internal sealed partial class Parser
{
    private Statement ParseStatement()
    {
        var token = Current;
        if (token.Kind != TokenKind.Name) throw Error("tag name expected");
        using var nesting = Nest();
        _tagStack.Add(token.Text);
        try
        {
            return token.Text switch
            {
                "for" => ParseFor(),
                "if" => Soft(ParseIf),
                "block" => ParseBlock(),
                "extends" => ParseExtends(),
                "print" => ParsePrint(),
                "macro" => ParseMacro(),
                "include" => ParseInclude(),
                "from" => ParseFrom(),
                "import" => ParseImport(),
                "set" => ParseSet(),
                "with" => ParseWith(),
                "autoescape" => ParseAutoescape(),
                "filter" => ParseFilterBlock(),
                "call" => ParseCallBlock(),
                "break" => ParseLoopControl(LoopControl.Break),
                "continue" => ParseLoopControl(LoopControl.Continue),
                "do" => ParseDo(),
                _ => throw UnknownTagHere(token),
            };
        }
        finally
        {
            _tagStack.RemoveAt(_tagStack.Count - 1);
        }
    }

    private TemplateSyntaxException UnknownTagHere(Token token)
    {
        _tagStack.RemoveAt(_tagStack.Count - 1);
        var error = UnknownTag(token.Text, token);
        _tagStack.Add(token.Text);
        return error;
    }

    private Statement ParseFor()
    {
        int line = _reader.Next().Line;
        var targetToken = Current;
        var target = ParseAssignTarget(extraEndRules: ["in"]);
        if (target.Names.Contains("loop")) throw Error("Can't assign to special loop variable in for-loop target", targetToken);
        _reader.ExpectName("in");
        var iterable = ParseTuple(withCondition: false, extraEndRules: ["recursive"]);
        Expression? filter = _reader.SkipName("if") ? ParseExpression() : null;
        bool recursive = _reader.SkipName("recursive");
        int assignmentsBefore = _assignments;
        var body = ParseStatements(["endfor", "else"]);
        bool bodyAssigns = _assignments > assignmentsBefore;
        Statement? otherwise = _reader.Next().Text == "endfor" ? null : ParseStatements(["endfor"], dropNeedle: true);
        return new ForStatement(line, target, iterable, filter, recursive, body, otherwise, bodyAssigns);
    }

    private Statement ParseIf()
    {
        int line = _reader.Next().Line;
        var branches = new List<(Expression, Statement)>();
        Statement? otherwise = null;
        var test = ParseTuple(withCondition: false);
        while (true)
        {
            branches.Add((test, ParseStatements(["elif", "else", "endif"])));
            var token = _reader.Next();
            if (token.Text == "elif")
            {
                test = ParseTuple(withCondition: false);
                continue;
            }
            if (token.Text == "else") otherwise = ParseStatements(["endif"], dropNeedle: true);
            break;
        }
        return new IfStatement(line, branches, otherwise);
    }

    private Statement ParseBlock()
    {
        int line = _reader.Next().Line;
        var nameToken = _reader.Expect(TokenKind.Name, "name");
        string name = nameToken.Text;
        bool scoped = _reader.SkipName("scoped");
        bool required = _reader.SkipName("required");
        if (Current.IsOperator("-")) throw Error("Block names in Jinja have to be valid Python identifiers and may not contain hyphens, use an underscore instead.");
        var body = ParseStatements(["endblock"], dropNeedle: true);
        if (required && body.Statements.Any(s => s is not TextStatement t || !string.IsNullOrWhiteSpace(t.Text)))
            throw Error("Required blocks can only contain comments or whitespace", nameToken);
        _reader.SkipName(name);
        if (_blocks.ContainsKey(name)) throw Error($"block '{name}' defined twice", nameToken);
        var block = new BlockStatement(line, name, body, scoped, required);
        _blocks[name] = block;
        return block;
    }

    private Statement ParseExtends()
    {
        int line = _reader.Next().Line;
        return new ExtendsStatement(line, ParseExpression());
    }

    private Statement ParsePrint()
    {
        int line = _reader.Next().Line;
        return new PrintStatement(line, ParseTuple(withCondition: true));
    }

    private Statement ParseInclude()
    {
        int line = _reader.Next().Line;
        var template = ParseExpression();
        bool ignoreMissing = false;
        if (Current.IsName("ignore") && _reader.Peek.IsName("missing"))
        {
            _reader.Next();
            _reader.Next();
            ignoreMissing = true;
        }
        return new IncludeStatement(line, template, ignoreMissing, ParseImportContext() ?? true);
    }

    /// <summary><c>with context</c> / <c>without context</c>, or null when neither follows.</summary>
    private bool? ParseImportContext()
    {
        if ((Current.IsName("with") || Current.IsName("without")) && _reader.Peek.IsName("context"))
        {
            bool with = _reader.Next().Text == "with";
            _reader.Next();
            return with;
        }
        return null;
    }

    private Statement ParseImport()
    {
        _assignments++;
        int line = _reader.Next().Line;
        var template = ParseExpression();
        _reader.ExpectName("as");
        string target = _reader.Expect(TokenKind.Name, "name").Text;
        return new ImportStatement(line, template, target, ParseImportContext() ?? false);
    }

    private Statement ParseFrom()
    {
        _assignments++;
        int line = _reader.Next().Line;
        var template = ParseExpression();
        _reader.ExpectName("import");
        var names = new List<(string, string)>();
        bool? withContext = null;
        while (true)
        {
            if (names.Count > 0) _reader.ExpectOperator(",");
            if (Current.Kind != TokenKind.Name)
            {
                _reader.Expect(TokenKind.Name, "name");
                break;
            }
            if ((withContext = ParseImportContext()) is not null) break;
            var nameToken = _reader.Next();
            if (nameToken.Text.StartsWith('_')) throw Error("names starting with an underline can not be imported", nameToken);
            string alias = _reader.SkipName("as") ? _reader.Expect(TokenKind.Name, "name").Text : nameToken.Text;
            names.Add((nameToken.Text, alias));
            if ((withContext = ParseImportContext()) is not null || !Current.IsOperator(",")) break;
        }
        return new FromImportStatement(line, template, names, withContext ?? false);
    }

    private Statement ParseSet()
    {
        _assignments++;
        int line = _reader.Next().Line;
        var target = ParseAssignTarget(withNamespace: true);
        if (_reader.SkipOperator("=")) return new SetStatement(line, target, ParseTuple(withCondition: true));
        var filters = ParseFilterChain(startInline: false);
        var body = ParseStatements(["endset"], dropNeedle: true);
        return new SetBlockStatement(line, target, body, filters);
    }

    private Statement ParseWith()
    {
        int line = _reader.Next().Line;
        var assignments = new List<(AssignmentTarget, Expression)>();
        while (Current.Kind != TokenKind.BlockEnd)
        {
            if (assignments.Count > 0) _reader.ExpectOperator(",");
            var target = ParseAssignTarget();
            _reader.ExpectOperator("=");
            assignments.Add((target, ParseExpression()));
        }
        return new WithStatement(line, assignments, ParseStatements(["endwith"], dropNeedle: true));
    }

    private Statement ParseAutoescape()
    {
        int line = _reader.Next().Line;
        var enabled = ParseExpression();
        return new AutoescapeStatement(line, enabled, ParseStatements(["endautoescape"], dropNeedle: true));
    }

    private Statement ParseFilterBlock()
    {
        int line = _reader.Next().Line;
        var filters = ParseFilterChain(startInline: true);
        return new FilterBlockStatement(line, ParseStatements(["endfilter"], dropNeedle: true), filters);
    }

    private Statement ParseMacro()
    {
        _assignments++;
        int line = _reader.Next().Line;
        string name = _reader.Expect(TokenKind.Name, "name").Text;
        var (parameters, defaults) = ParseSignature();
        var definition = ParseMacroBody(name, parameters, defaults, "endmacro");
        return new MacroStatement(line, definition);
    }

    private Statement ParseCallBlock()
    {
        var callToken = _reader.Next();
        var (parameters, defaults) = Current.IsOperator("(") ? ParseSignature() : ([], []);
        var callExpression = ParseExpression();
        if (callExpression is not CallExpression call) throw Error("expected call", callToken);
        var caller = ParseMacroBody("caller", parameters, defaults, "endcall");
        return new CallBlockStatement(callToken.Line, call, caller);
    }

    private MacroDefinition ParseMacroBody(string name, List<string> parameters, List<Expression?> defaults, string endTag)
    {
        var references = new HashSet<string>();
        _macroReferences.Add(references);
        StatementList body;
        try
        {
            body = ParseStatements([endTag], dropNeedle: true);
        }
        finally
        {
            _macroReferences.RemoveAt(_macroReferences.Count - 1);
        }
        return new MacroDefinition(name, parameters, defaults, body,
            references.Contains("varargs"), references.Contains("kwargs"), references.Contains("caller"));
    }

    private (List<string>, List<Expression?>) ParseSignature()
    {
        var parameters = new List<string>();
        var defaults = new List<Expression?>();
        _reader.ExpectOperator("(");
        while (!Current.IsOperator(")"))
        {
            if (parameters.Count > 0) _reader.ExpectOperator(",");
            var token = _reader.Expect(TokenKind.Name, "name");
            parameters.Add(token.Text);
            if (_reader.SkipOperator("=")) defaults.Add(ParseExpression());
            else if (defaults.Any(d => d is not null)) throw Error("non-default argument follows default argument", token);
            else if (token.Text == "caller")
                throw Error("When defining macros or call blocks the special \"caller\" argument must be omitted or be given a default.", token);
            else defaults.Add(null);
        }
        _reader.ExpectOperator(")");
        return (parameters, defaults);
    }

    private Statement ParseLoopControl(LoopControl control)
    {
        int line = _reader.Next().Line;
        return new LoopControlStatement(line, control);
    }

    private Statement ParseDo()
    {
        int line = _reader.Next().Line;
        return new DoStatement(line, ParseTuple(withCondition: true));
    }

    private AssignmentTarget ParseAssignTarget(string[]? extraEndRules = null, bool withNamespace = false)
    {
        if (withNamespace && Current.Kind == TokenKind.Name && _reader.Peek.IsOperator("."))
        {
            string name = _reader.Next().Text;
            _reader.Next();
            return new NamespaceTarget(name, _reader.Expect(TokenKind.Name, "name").Text);
        }
        var start = Current;
        return ToTarget(ParseTuple(simplified: true, extraEndRules: extraEndRules), start);
    }

    private AssignmentTarget ToTarget(Expression expression, Token at) => expression switch
    {
        NameExpression name => new NameTarget(name.Name),
        TupleExpression tuple => new TupleTarget([.. tuple.Items.Select(i => ToTarget(i, at))]),
        _ => throw Error($"can't assign to '{TargetKind(expression)}'", at),
    };

    private static string TargetKind(Expression expression) => expression switch
    {
        ConstantExpression => "const",
        ListExpression => "list",
        DictExpression => "dict",
        CallExpression => "call",
        AttributeExpression => "getattr",
        ItemExpression => "getitem",
        _ => expression.GetType().Name.Replace("Expression", "").ToLowerInvariant(),
    };
}
