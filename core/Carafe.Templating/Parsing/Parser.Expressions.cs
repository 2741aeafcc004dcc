using Carafe.Templating.Lexing;
using Carafe.Templating.Nodes;

namespace Carafe.Templating.Parsing;

internal sealed partial class Parser
{
    private static readonly string[] ComparisonOperators = ["==", "!=", "<", "<=", ">", ">="];

    /// <summary>An expression, or several separated by commas as a tuple (Jinja's <c>parse_tuple</c>).</summary>
    private Expression ParseTuple(bool simplified = false, bool withCondition = true, string[]? extraEndRules = null, bool explicitParentheses = false)
    {
        int line = Current.Line;
        var items = new List<Expression>();
        bool isTuple = false;
        while (true)
        {
            if (items.Count > 0) _reader.ExpectOperator(",");
            if (IsTupleEnd(extraEndRules)) break;
            items.Add(simplified ? ParsePrimary() : ParseExpression(withCondition));
            if (Current.IsOperator(",")) isTuple = true;
            else break;
        }
        if (!isTuple)
        {
            if (items.Count > 0) return items[0];
            if (!explicitParentheses) throw Error($"Expected an expression, got '{Current.Describe()}'");
        }
        return new TupleExpression(line, items);
    }

    private bool IsTupleEnd(string[]? extraEndRules) =>
        Current.Kind is TokenKind.VariableEnd or TokenKind.BlockEnd || Current.IsOperator(")") ||
        (extraEndRules is not null && Current.Kind == TokenKind.Name && extraEndRules.Contains(Current.Text));

    private Expression ParseExpression(bool withCondition = true)
    {
        using var nesting = Nest();
        return withCondition ? ParseConditional() : ParseOr();
    }

    private Expression ParseConditional()
    {
        using var nesting = Nest();
        int mark = _unknownNames.Count;
        var expression = ParseOr();
        if (Current.IsName("if")) SoftenSince(mark);
        while (Current.IsName("if"))
        {
            int line = _reader.Next().Line;
            var then = expression;
            expression = Soft(() =>
            {
                var test = ParseOr();
                Expression? otherwise = _reader.SkipName("else") ? ParseConditional() : null;
                return new ConditionalExpression(line, test, then, otherwise);
            });
        }
        return expression;
    }

    private Expression ParseOr()
    {
        var left = ParseAnd();
        while (Current.IsName("or"))
        {
            int line = _reader.Next().Line;
            left = new LogicalExpression(line, false, left, ParseAnd());
        }
        return left;
    }

    private Expression ParseAnd()
    {
        var left = ParseNot();
        while (Current.IsName("and"))
        {
            int line = _reader.Next().Line;
            left = new LogicalExpression(line, true, left, ParseNot());
        }
        return left;
    }

    private Expression ParseNot()
    {
        if (!Current.IsName("not")) return ParseCompare();
        using var nesting = Nest();
        int line = _reader.Next().Line;
        return new UnaryExpression(line, "not", ParseNot());
    }

    private Expression ParseCompare()
    {
        int line = Current.Line;
        var first = ParseMath1();
        var rest = new List<(string, Expression)>();
        while (true)
        {
            if (Current.Kind == TokenKind.Operator && ComparisonOperators.Contains(Current.Text))
                rest.Add((_reader.Next().Text, ParseMath1()));
            else if (_reader.SkipName("in"))
                rest.Add(("in", ParseMath1()));
            else if (Current.IsName("not") && _reader.Peek.IsName("in"))
            {
                _reader.Next();
                _reader.Next();
                rest.Add(("notin", ParseMath1()));
            }
            else break;
        }
        return rest.Count == 0 ? first : new CompareExpression(line, first, rest);
    }

    private Expression ParseMath1()
    {
        var left = ParseConcat();
        while (Current.IsOperator("+") || Current.IsOperator("-"))
        {
            var op = _reader.Next();
            left = new BinaryExpression(op.Line, op.Text, left, ParseConcat());
        }
        return left;
    }

    private Expression ParseConcat()
    {
        int line = Current.Line;
        var parts = new List<Expression> { ParseMath2() };
        while (_reader.SkipOperator("~")) parts.Add(ParseMath2());
        return parts.Count == 1 ? parts[0] : new ConcatExpression(line, parts);
    }

    private Expression ParseMath2()
    {
        var left = ParsePow();
        while (Current.Kind == TokenKind.Operator && Current.Text is "*" or "/" or "//" or "%")
        {
            var op = _reader.Next();
            left = new BinaryExpression(op.Line, op.Text, left, ParsePow());
        }
        return left;
    }

    private Expression ParsePow()
    {
        var left = ParseUnary();
        while (Current.IsOperator("**"))
        {
            var op = _reader.Next();
            left = new BinaryExpression(op.Line, op.Text, left, ParseUnary());
        }
        return left;
    }

    private Expression ParseUnary(bool withFilter = true)
    {
        using var nesting = Nest();
        Expression node;
        if (Current.IsOperator("-") || Current.IsOperator("+"))
        {
            var op = _reader.Next();
            node = new UnaryExpression(op.Line, op.Text, ParseUnary(withFilter: false));
        }
        else node = ParsePrimary();
        node = ParsePostfix(node);
        return withFilter ? ParseFilterExpression(node) : node;
    }

    private Expression ParsePrimary()
    {
        using var nesting = Nest();
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Name:
                _reader.Next();
                switch (token.Text)
                {
                    case "true" or "True": return new ConstantExpression(token.Line, true);
                    case "false" or "False": return new ConstantExpression(token.Line, false);
                    case "none" or "None": return new ConstantExpression(token.Line, null);
                }
                foreach (var references in _macroReferences) references.Add(token.Text);
                return new NameExpression(token.Line, token.Text);
            case TokenKind.String:
                string text = _reader.Next().Text;
                while (Current.Kind == TokenKind.String) text += _reader.Next().Text;
                return new ConstantExpression(token.Line, text);
            case TokenKind.Integer or TokenKind.Float:
                _reader.Next();
                return new ConstantExpression(token.Line, token.Value);
            case TokenKind.Operator when token.Text == "(":
                _reader.Next();
                var inner = ParseTuple(explicitParentheses: true);
                _reader.ExpectOperator(")");
                return inner;
            case TokenKind.Operator when token.Text == "[":
                return ParseList();
            case TokenKind.Operator when token.Text == "{":
                return ParseDict();
            default:
                throw token.Kind == TokenKind.EndOfFile
                    ? Error("unexpected end of template, expected an expression.")
                    : Error($"unexpected '{token.Describe()}'");
        }
    }

    private Expression ParseList()
    {
        int line = _reader.ExpectOperator("[").Line;
        var items = new List<Expression>();
        while (!Current.IsOperator("]"))
        {
            if (items.Count > 0) _reader.ExpectOperator(",");
            if (Current.IsOperator("]")) break;
            items.Add(ParseExpression());
        }
        _reader.ExpectOperator("]");
        return new ListExpression(line, items);
    }

    private Expression ParseDict()
    {
        int line = _reader.ExpectOperator("{").Line;
        var pairs = new List<(Expression, Expression)>();
        while (!Current.IsOperator("}"))
        {
            if (pairs.Count > 0) _reader.ExpectOperator(",");
            if (Current.IsOperator("}")) break;
            var key = ParseExpression();
            _reader.ExpectOperator(":");
            pairs.Add((key, ParseExpression()));
        }
        _reader.ExpectOperator("}");
        return new DictExpression(line, pairs);
    }

    private Expression ParsePostfix(Expression node)
    {
        while (true)
        {
            if (Current.IsOperator(".") || Current.IsOperator("[")) node = ParseSubscript(node);
            else if (Current.IsOperator("(")) node = ParseCall(node);
            else return node;
        }
    }

    private Expression ParseFilterExpression(Expression node)
    {
        while (true)
        {
            if (Current.IsOperator("|")) node = ParseFilters(node);
            else if (Current.IsName("is")) node = ParseTest(node);
            else if (Current.IsOperator("(")) node = ParseCall(node);
            else return node;
        }
    }

    private Expression ParseSubscript(Expression node)
    {
        var token = _reader.Next();
        if (token.Text == ".")
        {
            var attribute = _reader.Next();
            if (attribute.Kind == TokenKind.Name) return new AttributeExpression(token.Line, node, attribute.Text);
            if (attribute.Kind == TokenKind.Integer) return new ItemExpression(token.Line, node, new ConstantExpression(attribute.Line, attribute.Value));
            throw Error("expected name or number", attribute);
        }
        var args = new List<Expression>();
        while (!Current.IsOperator("]"))
        {
            if (args.Count > 0) _reader.ExpectOperator(",");
            args.Add(ParseSubscribed());
        }
        _reader.ExpectOperator("]");
        var key = args.Count == 1 ? args[0] : new TupleExpression(token.Line, args);
        return new ItemExpression(token.Line, node, key);
    }

    private Expression ParseSubscribed()
    {
        int line = Current.Line;
        Expression? start = null;
        if (!Current.IsOperator(":"))
        {
            var expression = ParseExpression();
            if (!Current.IsOperator(":")) return expression;
            start = expression;
        }
        _reader.Next();
        Expression? stop = Current.IsOperator(":") || Current.IsOperator("]") || Current.IsOperator(",") ? null : ParseExpression();
        Expression? step = null;
        if (_reader.SkipOperator(":") && !(Current.IsOperator("]") || Current.IsOperator(","))) step = ParseExpression();
        return new SliceExpression(line, start, stop, step);
    }

    private CallExpression ParseCall(Expression callee)
    {
        int line = Current.Line;
        return new CallExpression(line, callee, ParseCallArguments());
    }

    private CallArguments ParseCallArguments()
    {
        var open = _reader.ExpectOperator("(");
        var positional = new List<Expression>();
        var keywords = new List<(string, Expression)>();
        Expression? starArgs = null, starKwargs = null;
        bool first = true;
        while (!Current.IsOperator(")"))
        {
            if (!first)
            {
                _reader.ExpectOperator(",");
                if (Current.IsOperator(")")) break;
            }
            first = false;
            if (_reader.SkipOperator("*")) starArgs = ParseExpression();
            else if (_reader.SkipOperator("**")) starKwargs = ParseExpression();
            else if (Current.Kind == TokenKind.Name && _reader.Peek.IsOperator("="))
            {
                string name = _reader.Next().Text;
                _reader.Next();
                keywords.Add((name, ParseExpression()));
            }
            else
            {
                if (keywords.Count > 0 || starArgs is not null || starKwargs is not null)
                    throw Error("invalid syntax for function call expression", open);
                positional.Add(ParseExpression());
            }
        }
        _reader.ExpectOperator(")");
        return new CallArguments(positional, keywords, starArgs, starKwargs);
    }

    private Expression ParseFilters(Expression? node)
    {
        foreach (var filter in ParseFilterChain(startInline: false)) node = new FilterExpression(Current.Line, node, filter);
        return node!;
    }

    /// <summary><c>|a|b(1)</c>; with <paramref name="startInline"/> the first filter has no pipe (filter blocks).</summary>
    private List<FilterCall> ParseFilterChain(bool startInline)
    {
        var filters = new List<FilterCall>();
        while (Current.IsOperator("|") || startInline)
        {
            if (!startInline) _reader.Next();
            startInline = false;
            var token = _reader.Expect(TokenKind.Name, "name");
            string name = token.Text;
            while (_reader.SkipOperator(".")) name += "." + _reader.Expect(TokenKind.Name, "name").Text;
            var arguments = Current.IsOperator("(") ? ParseCallArguments() : CallArguments.None;
            filters.Add(new FilterCall(name, ResolveFilter(name, token), arguments));
        }
        return filters;
    }

    private Expression ParseTest(Expression node)
    {
        int line = _reader.Next().Line;
        bool negated = _reader.SkipName("not");
        var token = _reader.Expect(TokenKind.Name, "name");
        string name = token.Text;
        while (_reader.SkipOperator(".")) name += "." + _reader.Expect(TokenKind.Name, "name").Text;
        CallArguments arguments = CallArguments.None;
        if (Current.IsOperator("(")) arguments = ParseCallArguments();
        else if ((Current.Kind is TokenKind.Name or TokenKind.String or TokenKind.Integer or TokenKind.Float ||
                  Current.IsOperator("[") || Current.IsOperator("{"))
                 && !(Current.IsName("else") || Current.IsName("or") || Current.IsName("and")))
        {
            if (Current.IsName("is")) throw Error("You cannot chain multiple tests with is");
            var argument = ParsePostfix(ParsePrimary());
            arguments = new CallArguments([argument], [], null, null);
        }
        return new TestExpression(line, node, ResolveTest(name, token), arguments, negated);
    }
}
