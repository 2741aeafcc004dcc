namespace Flaskr.Tests;

/// <summary>Tests that change the process's environment variables or console run alone.</summary>
[CollectionDefinition(nameof(ProcessWideState), DisableParallelization = true)]
public sealed class ProcessWideState
{
}
