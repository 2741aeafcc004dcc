namespace Carafe.Templating;

/// <summary>A template's text as a loader found it, with where it came from and how to tell whether it changed.</summary>
public sealed class TemplateSource
{
    /// <summary>Creates the source; <paramref name="isUpToDate"/> returns false once the template should be loaded again.</summary>
    public TemplateSource(string text, string? fileName = null, Func<bool>? isUpToDate = null)
    {
        Text = text;
        FileName = fileName;
        IsUpToDate = isUpToDate;
    }

    /// <summary>The template's text.</summary>
    public string Text { get; }

    /// <summary>The file it was read from, when it was read from a file.</summary>
    public string? FileName { get; }

    /// <summary>Says whether the cached compiled template is still current; null means it always is.</summary>
    public Func<bool>? IsUpToDate { get; }
}
