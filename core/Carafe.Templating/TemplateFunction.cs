namespace Carafe.Templating;

/// <summary>
/// A function templates can call, as a filter, test or global, receiving the arguments as written: positional
/// ones in order (for a filter, the filtered value first) and keyword ones by name.
/// Any other delegate also works; its parameters are bound by position and by name.
/// </summary>
public delegate object? TemplateFunction(IReadOnlyList<object?> arguments, IReadOnlyDictionary<string, object?> keywords);
