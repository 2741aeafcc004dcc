using System.Globalization;
using System.Text;

namespace Carafe.Templating.Lexing;

/// <summary>
/// Splits template source into tokens: text between tags, and the tokens inside <c>{{ }}</c>, <c>{% %}</c> and line
/// statements. Comments and whitespace control are resolved here, so the parser never sees them.
/// </summary>
internal sealed class Lexer
{
    private static readonly string[] Operators =
        ["//", "**", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "~", "(", ")", "[", "]", "{", "}", ",", ".", ":", "|", "=", "<", ">", ";"];

    private readonly SyntaxOptions _options;
    private readonly SourceText _source;
    private readonly string _text;
    private readonly List<Token> _tokens = [];
    private int _pos;

    private Lexer(SyntaxOptions options, SourceText source)
    {
        _options = options;
        _source = source;
        _text = source.Text;
    }

    /// <summary>Normalises newlines to <c>\n</c> and drops one trailing newline unless asked to keep it, as Jinja does.</summary>
    public static string Normalize(string text, bool keepTrailingNewline)
    {
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (!keepTrailingNewline && text.EndsWith('\n')) text = text[..^1];
        return text;
    }

    /// <summary>
    /// The tokens of the source. A lexical error ends the list with an <see cref="TokenKind.Error"/> token, because
    /// Jinja's lexer is lazy: a parse error earlier in the source is the one reported.
    /// </summary>
    public static List<Token> Tokenize(SyntaxOptions options, SourceText source)
    {
        var lexer = new Lexer(options, source);
        try
        {
            lexer.Run();
        }
        catch (TemplateSyntaxException e)
        {
            lexer._tokens.Add(new Token(TokenKind.Error, e.Reason, e, e.LineNumber, e.Column));
        }
        return lexer._tokens;
    }

    private enum Markup { Variable, Block, Comment, LineStatement, LineComment }

    private void Run()
    {
        while (_pos < _text.Length)
        {
            var (found, kind, start, contentStart) = FindMarkup(_pos);
            if (!found)
            {
                AddData(_pos, _text.Length);
                _pos = _text.Length;
                break;
            }
            char modifier = kind is Markup.Variable or Markup.Block or Markup.Comment && contentStart < _text.Length
                ? _text[contentStart] : '\0';
            int dataEnd = start;
            if (modifier == '-') dataEnd = TrimEndWhitespace(_pos, start);
            else if (_options.LstripBlocks && modifier != '+' && kind is Markup.Block or Markup.Comment) dataEnd = LstripEnd(_pos, start);
            AddData(_pos, dataEnd);
            if (modifier is '-' or '+') contentStart++;
            switch (kind)
            {
                case Markup.Comment: SkipComment(start, contentStart); break;
                case Markup.LineComment: SkipLineComment(contentStart); break;
                case Markup.Variable: LexTag(start, contentStart, TokenKind.VariableBegin, TokenKind.VariableEnd, _options.VariableEnd, false); break;
                case Markup.Block:
                    if (!TryLexRaw(start, contentStart)) LexTag(start, contentStart, TokenKind.BlockBegin, TokenKind.BlockEnd, _options.BlockEnd, false);
                    break;
                case Markup.LineStatement: LexTag(start, contentStart, TokenKind.BlockBegin, TokenKind.BlockEnd, null, true); break;
            }
        }
        int lastLine = _tokens.Count > 0 ? _tokens[^1].Line : 1;
        _tokens.Add(new Token(TokenKind.EndOfFile, "", null, lastLine, 1));
    }

    /// <summary>The earliest tag, comment or line statement at or after <paramref name="from"/>; the longest delimiter wins a tie.</summary>
    private (bool Found, Markup Kind, int Start, int ContentStart) FindMarkup(int from)
    {
        var o = _options;
        for (int i = from; i < _text.Length; i++)
        {
            Markup kind = default;
            int best = 0, start = i, content = 0;
            void Consider(Markup k, string? delimiter, int at, int markupStart)
            {
                if (delimiter is null || delimiter.Length <= best || string.CompareOrdinal(_text, at, delimiter, 0, delimiter.Length) != 0) return;
                best = delimiter.Length;
                kind = k;
                start = markupStart;
                content = at + delimiter.Length;
            }
            if ((o.LineStatementPrefix is not null || o.LineCommentPrefix is not null) && (i == 0 || _text[i - 1] == '\n'))
            {
                int q = i;
                while (q < _text.Length && _text[q] is ' ' or '\t' or '\v') q++;
                Consider(Markup.LineStatement, o.LineStatementPrefix, q, i);
                Consider(Markup.LineComment, o.LineCommentPrefix, q, i);
                if (best > 0) return (true, kind, start, content);
            }
            Consider(Markup.Block, o.BlockStart, i, i);
            Consider(Markup.Variable, o.VariableStart, i, i);
            Consider(Markup.Comment, o.CommentStart, i, i);
            if (o.LineCommentPrefix is not null)
            {
                int back = i;
                while (back > from && _text[back - 1] is ' ' or '\t') back--;
                Consider(Markup.LineComment, o.LineCommentPrefix, i, back);
            }
            if (best > 0) return (true, kind, start, content);
        }
        return (false, default, 0, 0);
    }

    private int TrimEndWhitespace(int from, int end)
    {
        while (end > from && char.IsWhiteSpace(_text[end - 1])) end--;
        return end;
    }

    /// <summary><c>lstrip_blocks</c>: drop spaces and tabs before a tag when nothing else precedes it on its line.</summary>
    private int LstripEnd(int from, int end)
    {
        int i = end;
        while (i > from && _text[i - 1] is ' ' or '\t') i--;
        return i == 0 || _text[i - 1] == '\n' ? i : end;
    }

    private void AddData(int start, int end)
    {
        if (end <= start) return;
        string data = _text[start..end];
        if (_options.NewlineSequence != "\n") data = data.Replace("\n", _options.NewlineSequence);
        Add(TokenKind.Data, data, null, start);
    }

    private void Add(TokenKind kind, string text, object? value, int offset)
    {
        var (line, column) = _source.Position(offset);
        _tokens.Add(new Token(kind, text, value, line, column));
    }

    private void SkipComment(int start, int contentStart)
    {
        int end = _text.IndexOf(_options.CommentEnd, contentStart, StringComparison.Ordinal);
        if (end < 0) throw _source.ErrorAt("Missing end of comment tag", start);
        bool strip = end > contentStart && _text[end - 1] == '-';
        bool keep = end > contentStart && _text[end - 1] == '+';
        _pos = AfterTagEnd(end + _options.CommentEnd.Length, strip, trim: _options.TrimBlocks && !keep);
    }

    private void SkipLineComment(int contentStart)
    {
        int end = _text.IndexOf('\n', contentStart);
        _pos = end < 0 ? _text.Length : end;
    }

    /// <summary>After a tag: <c>-</c> strips all following whitespace, <c>trim_blocks</c> removes one newline.</summary>
    private int AfterTagEnd(int pos, bool strip, bool trim)
    {
        if (strip)
            while (pos < _text.Length && char.IsWhiteSpace(_text[pos])) pos++;
        else if (trim && pos < _text.Length && _text[pos] == '\n')
            pos++;
        return pos;
    }

    /// <summary>Handles <c>{% raw %}...{% endraw %}</c>, whose body is text even when it looks like tags.</summary>
    private bool TryLexRaw(int start, int contentStart)
    {
        int i = SkipSpaces(contentStart);
        if (string.CompareOrdinal(_text, i, "raw", 0, 3) != 0) return false;
        i = SkipSpaces(i + 3);
        bool strip = false;
        if (i < _text.Length && _text[i] is '-' or '+') { strip = _text[i] == '-'; i++; }
        if (string.CompareOrdinal(_text, i, _options.BlockEnd, 0, _options.BlockEnd.Length) != 0) return false;
        int bodyStart = AfterTagEnd(i + _options.BlockEnd.Length, strip, trim: false);
        int search = bodyStart;
        while (true)
        {
            int tag = _text.IndexOf(_options.BlockStart, search, StringComparison.Ordinal);
            if (tag < 0) throw _source.ErrorAt("Missing end of raw directive", start);
            int j = tag + _options.BlockStart.Length;
            char modifier = j < _text.Length ? _text[j] : '\0';
            if (modifier is '-' or '+') j++;
            j = SkipSpaces(j);
            if (string.CompareOrdinal(_text, j, "endraw", 0, 6) == 0)
            {
                j = SkipSpaces(j + 6);
                char endModifier = j < _text.Length ? _text[j] : '\0';
                if (endModifier is '-' or '+') j++;
                if (string.CompareOrdinal(_text, j, _options.BlockEnd, 0, _options.BlockEnd.Length) == 0)
                {
                    int bodyEnd = modifier == '-' ? TrimEndWhitespace(bodyStart, tag)
                        : _options.LstripBlocks && modifier != '+' ? LstripEnd(bodyStart, tag) : tag;
                    AddData(bodyStart, bodyEnd);
                    _pos = AfterTagEnd(j + _options.BlockEnd.Length, endModifier == '-', _options.TrimBlocks && endModifier != '+');
                    return true;
                }
            }
            search = tag + 1;
        }
    }

    private int SkipSpaces(int i)
    {
        while (i < _text.Length && char.IsWhiteSpace(_text[i])) i++;
        return i;
    }

    /// <summary>Tokens inside a tag up to its end delimiter, or up to the newline ending a line statement.</summary>
    private void LexTag(int start, int contentStart, TokenKind begin, TokenKind end, string? endDelimiter, bool lineStatement)
    {
        Add(begin, "", null, start);
        var brackets = new Stack<(char Close, int Offset)>();
        int i = contentStart;
        while (true)
        {
            if (i >= _text.Length)
            {
                if (lineStatement && brackets.Count == 0) Add(end, "", null, i);
                _pos = i;
                return;
            }
            char c = _text[i];
            if (lineStatement && brackets.Count == 0 && char.IsWhiteSpace(c) && LineStatementEnd(i) is int after)
            {
                Add(end, "", null, i);
                _pos = after;
                return;
            }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (endDelimiter is not null && brackets.Count == 0)
            {
                char modifier = c is '-' or '+' ? c : '\0';
                int at = modifier == '\0' ? i : i + 1;
                bool modifierAllowed = modifier != '+' || end == TokenKind.BlockEnd;
                if (modifierAllowed && string.CompareOrdinal(_text, at, endDelimiter, 0, endDelimiter.Length) == 0)
                {
                    Add(end, "", null, i);
                    _pos = AfterTagEnd(at + endDelimiter.Length, modifier == '-', end == TokenKind.BlockEnd && _options.TrimBlocks && modifier != '+');
                    return;
                }
            }
            if (char.IsLetter(c) || c == '_') { i = LexName(i); continue; }
            if (char.IsAsciiDigit(c)) { i = LexNumber(i); continue; }
            if (c is '\'' or '"') { i = LexString(i); continue; }
            i = LexOperator(i, brackets);
        }
    }

    /// <summary>
    /// Where a line statement ends if whitespace at <paramref name="i"/> reaches a newline: after the last newline of
    /// the run (blank lines after it are consumed too, as Jinja's <c>\s*(\n|$)</c> does), or null when it does not.
    /// </summary>
    private int? LineStatementEnd(int i)
    {
        int j = i;
        int? after = null;
        while (j < _text.Length && char.IsWhiteSpace(_text[j]))
        {
            if (_text[j] == '\n') after = j + 1;
            j++;
        }
        return j == _text.Length ? j : after;
    }

    private int LexName(int i)
    {
        int start = i;
        while (i < _text.Length && (char.IsLetterOrDigit(_text[i]) || _text[i] == '_')) i++;
        Add(TokenKind.Name, string.Intern(_text[start..i]), null, start);
        return i;
    }

    private int LexNumber(int start)
    {
        int i = start;
        if (_text[i] == '0' && i + 1 < _text.Length && _text[i + 1] is 'b' or 'B' or 'o' or 'O' or 'x' or 'X')
        {
            int radix = _text[i + 1] is 'b' or 'B' ? 2 : _text[i + 1] is 'o' or 'O' ? 8 : 16;
            i += 2;
            int digitsStart = i;
            while (i < _text.Length && (Uri.IsHexDigit(_text[i]) || _text[i] == '_')) i++;
            string digits = _text[digitsStart..i].Replace("_", "");
            try
            {
                Add(TokenKind.Integer, _text[start..i], Convert.ToInt64(digits, radix), start);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
            {
                throw _source.ErrorAt($"invalid integer literal '{_text[start..i]}'", start);
            }
            return i;
        }
        i = Digits(i);
        bool isFloat = false;
        bool afterDot = start > 0 && _text[start - 1] == '.';
        if (!afterDot && i + 1 < _text.Length && _text[i] == '.' && char.IsAsciiDigit(_text[i + 1]))
        {
            isFloat = true;
            i = Digits(i + 1);
        }
        if (!afterDot && i < _text.Length && _text[i] is 'e' or 'E')
        {
            int j = i + 1;
            if (j < _text.Length && _text[j] is '+' or '-') j++;
            if (j < _text.Length && char.IsAsciiDigit(_text[j])) { isFloat = true; i = Digits(j); }
        }
        string literal = _text[start..i].Replace("_", "");
        if (isFloat) Add(TokenKind.Float, _text[start..i], double.Parse(literal, CultureInfo.InvariantCulture), start);
        else if (long.TryParse(literal, NumberStyles.None, CultureInfo.InvariantCulture, out long value)) Add(TokenKind.Integer, _text[start..i], value, start);
        else Add(TokenKind.Integer, _text[start..i], System.Numerics.BigInteger.Parse(literal, CultureInfo.InvariantCulture), start);
        return i;
    }

    private int Digits(int i)
    {
        while (i < _text.Length && (char.IsAsciiDigit(_text[i]) || (_text[i] == '_' && i + 1 < _text.Length && char.IsAsciiDigit(_text[i + 1])))) i++;
        return i;
    }

    private int LexString(int start)
    {
        char quote = _text[start];
        var sb = new StringBuilder();
        int i = start + 1;
        while (true)
        {
            if (i >= _text.Length) throw UnexpectedChar(start);
            char c = _text[i];
            if (c == quote) break;
            if (c == '\\' && i + 1 < _text.Length)
            {
                i = Escape(i + 1, sb, start);
                continue;
            }
            if (c == '\n') sb.Append(_options.NewlineSequence);
            else sb.Append(c);
            i++;
        }
        Add(TokenKind.String, sb.ToString(), null, start);
        return i + 1;
    }

    /// <summary>Python's string escapes; an unknown escape keeps its backslash, as Python does.</summary>
    private int Escape(int i, StringBuilder sb, int start)
    {
        char c = _text[i];
        switch (c)
        {
            case 'n': sb.Append('\n'); return i + 1;
            case 't': sb.Append('\t'); return i + 1;
            case 'r': sb.Append('\r'); return i + 1;
            case '0': sb.Append('\0'); return i + 1;
            case 'a': sb.Append('\a'); return i + 1;
            case 'b': sb.Append('\b'); return i + 1;
            case 'f': sb.Append('\f'); return i + 1;
            case 'v': sb.Append('\v'); return i + 1;
            case '\\' or '\'' or '"': sb.Append(c); return i + 1;
            case '\n': return i + 1;
            case 'x': return Hex(i + 1, 2, sb, start);
            case 'u': return Hex(i + 1, 4, sb, start);
            case 'U': return Hex(i + 1, 8, sb, start);
            default: sb.Append('\\').Append(c); return i + 1;
        }
    }

    private int Hex(int i, int length, StringBuilder sb, int start)
    {
        if (i + length > _text.Length || !int.TryParse(_text.AsSpan(i, length), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
            throw UnexpectedChar(start);
        sb.Append(char.ConvertFromUtf32(code));
        return i + length;
    }

    private int LexOperator(int i, Stack<(char Close, int Offset)> brackets)
    {
        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(_text, i, op, 0, op.Length) != 0) continue;
            char c = op[0];
            if (op.Length == 1 && c is '(' or '[' or '{') brackets.Push((c == '(' ? ')' : c == '[' ? ']' : '}', i));
            else if (op.Length == 1 && c is ')' or ']' or '}')
            {
                if (brackets.Count == 0) throw _source.ErrorAt($"unexpected '{c}'", i);
                var (expected, _) = brackets.Pop();
                if (expected != c) throw _source.ErrorAt($"unexpected '{c}', expected '{expected}'", i);
            }
            Add(TokenKind.Operator, op, null, i);
            return i + op.Length;
        }
        throw UnexpectedChar(i);
    }

    private TemplateSyntaxException UnexpectedChar(int offset)
    {
        char c = _text[offset];
        string shown = c == '\'' ? "\"'\"" : "'" + c + "'";
        return _source.ErrorAt($"unexpected char {shown} at {offset}", offset);
    }
}
