namespace Carafe.Templating.Lexing;

/// <summary>Everything about the environment that changes how source is tokenised (Jinja's <c>defaults.py</c> settings).</summary>
internal sealed record SyntaxOptions(
    string BlockStart,
    string BlockEnd,
    string VariableStart,
    string VariableEnd,
    string CommentStart,
    string CommentEnd,
    string? LineStatementPrefix,
    string? LineCommentPrefix,
    bool TrimBlocks,
    bool LstripBlocks,
    bool KeepTrailingNewline,
    string NewlineSequence);
