namespace Carafe.Templating;

/// <summary>A template could not be parsed; says where, as Jinja's <c>TemplateSyntaxError</c> does.</summary>
public sealed class TemplateSyntaxException : TemplateException
{
    /// <summary>Creates the exception for a position in a template.</summary>
    public TemplateSyntaxException(string message, string? name, int lineNumber, int column, string? sourceLine)
        : base(Describe(message, name, lineNumber, sourceLine))
    {
        Reason = message;
        Name = name;
        LineNumber = lineNumber;
        Column = column;
        SourceLine = sourceLine;
    }

    /// <summary>The error alone, without the position (Jinja's <c>message</c>).</summary>
    public string Reason { get; }

    /// <summary>The template's name, or null for a template made from a string.</summary>
    public string? Name { get; }

    /// <summary>The 1-based line of the error.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based column of the error.</summary>
    public int Column { get; }

    /// <summary>The text of the offending line, when known.</summary>
    public string? SourceLine { get; }

    private static string Describe(string message, string? name, int line, string? sourceLine)
    {
        var where = name is null ? $"line {line}" : $"File \"{name}\", line {line}";
        return sourceLine is null ? $"{message}\n  {where}" : $"{message}\n  {where}\n    {sourceLine.Trim()}";
    }
}
