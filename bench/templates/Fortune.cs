namespace Carafe.Bench.Templates;

/// <summary>One row of the fortunes table, already sorted: the page measures rendering only.</summary>
/// <param name="Id">The row's id.</param>
/// <param name="Message">The fortune's text, unescaped.</param>
public sealed record Fortune(int Id, string Message);
