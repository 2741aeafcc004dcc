namespace Carafe.Templating;

/// <summary>None of the names given to <see cref="Environment.SelectTemplate(IEnumerable{string})"/> exists.</summary>
public sealed class TemplatesNotFoundException : TemplateNotFoundException
{
    /// <summary>Creates the exception for the names tried.</summary>
    public TemplatesNotFoundException(IReadOnlyList<string> names)
        : base(names.Count > 0 ? names[^1] : null, Describe(names)) => Names = names;

    /// <summary>Every name that was tried, in order.</summary>
    public IReadOnlyList<string> Names { get; }

    private static string Describe(IReadOnlyList<string> names) =>
        names.Count == 0 ? "Tried to select from an empty list of templates."
            : "none of the templates given were found: " + string.Join(", ", names);
}
