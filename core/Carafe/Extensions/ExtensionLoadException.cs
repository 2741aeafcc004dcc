namespace Carafe.Extensions;

/// <summary>Thrown when the app starts with <see cref="ExtensionOptions.Strict"/> and an extension failed.</summary>
public sealed class ExtensionLoadException : Exception
{
    /// <summary>Creates the exception for the failed extensions.</summary>
    public ExtensionLoadException(IReadOnlyList<ExtensionEntry> failed)
        : base("Extensions failed and Extensions:Strict is set: " + string.Join("; ", failed.Select(f => $"{f.Name} ({f.Source}): {f.Reason}")))
    {
        Failed = failed;
    }

    /// <summary>The extensions that failed, with their reasons.</summary>
    public IReadOnlyList<ExtensionEntry> Failed { get; }
}
