namespace Carafe.Bench.Http;

/// <summary>One row of the fortunes table.</summary>
/// <param name="Id">The row's id.</param>
/// <param name="Message">The fortune's text, unescaped.</param>
public sealed record Fortune(int Id, string Message);
