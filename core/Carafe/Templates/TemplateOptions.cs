namespace Carafe;

/// <summary>
/// Syntax options of the app's templates, set before the app starts, as Flask apps set
/// <c>app.jinja_env.line_statement_prefix</c> and friends.
/// </summary>
public sealed class TemplateOptions
{
    /// <summary>A prefix that makes a whole line a statement, such as <c>#</c> for <c># for item in items</c>; off by default.</summary>
    public string? LineStatementPrefix { get; set; }

    /// <summary>A prefix that makes the rest of a line a comment, such as <c>##</c>; off by default.</summary>
    public string? LineCommentPrefix { get; set; }

    /// <summary>Removes the first newline after a block tag.</summary>
    public bool TrimBlocks { get; set; }

    /// <summary>Strips spaces and tabs from the start of a line up to a block tag.</summary>
    public bool LstripBlocks { get; set; }

    /// <summary>Keeps the single newline at the end of a template.</summary>
    public bool KeepTrailingNewline { get; set; }

    /// <summary>What an undefined name does: print empty (the default), fail on any use, or chain.</summary>
    public Templating.UndefinedBehavior Undefined { get; set; }
}
