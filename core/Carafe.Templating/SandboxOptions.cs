namespace Carafe.Templating;

/// <summary>
/// Makes an <see cref="Environment"/> safe for untrusted templates: no attributes starting with <c>_</c>, no
/// reflection objects, and limits that fail with a <see cref="SecurityException"/> instead of exhausting the machine.
/// </summary>
public sealed class SandboxOptions
{
    /// <summary>The most characters one render may write; 0 for no limit.</summary>
    public int MaxOutputLength { get; init; } = 1_000_000;

    /// <summary>The most loop iterations one render may run, all loops together; 0 for no limit.</summary>
    public long MaxLoopIterations { get; init; } = 100_000;

    /// <summary>How deeply macro calls, includes and recursive loops may nest.</summary>
    public int MaxRecursionDepth { get; init; } = 50;
}
