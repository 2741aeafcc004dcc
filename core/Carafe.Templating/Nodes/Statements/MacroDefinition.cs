namespace Carafe.Templating.Nodes;

/// <summary>
/// A macro's signature and body as parsed. Whether it accepts extra positional or keyword arguments, or a
/// <c>caller</c>, depends on whether its body reads <c>varargs</c>, <c>kwargs</c> or <c>caller</c>, as in Jinja.
/// </summary>
internal sealed record MacroDefinition(
    string Name,
    IReadOnlyList<string> Parameters,
    IReadOnlyList<Expression?> Defaults,
    Statement Body,
    bool CatchVarargs,
    bool CatchKwargs,
    bool UsesCaller);
