namespace Carafe.Templating;

/// <summary>
/// An object templates can call, as Python's <c>__call__</c>: <c>{{ form.name(size=20, class_="wide") }}</c>
/// calls the field with the arguments as written, positional ones in order and keyword ones by name.
/// </summary>
public interface ITemplateCallable
{
    /// <summary>Calls the object with the template's arguments.</summary>
    object? Call(IReadOnlyList<object?> arguments, IReadOnlyDictionary<string, object?> keywords);
}
