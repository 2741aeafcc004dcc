namespace Carafe.Routing;

/// <summary>
/// One of a fixed set of items, compared case-sensitively:
/// <c>&lt;any(apple, banana, 'cherry pie'):fruit&gt;</c>.
/// </summary>
internal sealed class AnyConverter : RouteConverter
{
    private readonly HashSet<string> _items;

    public AnyConverter(ConverterArguments arguments)
    {
        if (arguments.Named.Count > 0 || arguments.Positional.Count == 0)
        {
            throw new ArgumentException("The 'any' converter takes its items as positional arguments, at least one: any(a, b, 'c d').");
        }
        var items = arguments.Positional.Select(UrlEncoding.ToPythonString).ToList();
        _items = new HashSet<string>(items, StringComparer.Ordinal);
        Regex = $"(?:{string.Join('|', items.Select(System.Text.RegularExpressions.Regex.Escape))})";
    }

    public override string Regex { get; }

    public override bool TryToValue(string text, out object? value)
    {
        value = text;
        return true;
    }

    // Werkzeug writes the item as is, unquoted ('cherry pie' stays with its space).
    public override string ToUrl(object? value)
    {
        if (value is string item && _items.Contains(item))
        {
            return item;
        }
        var valid = string.Join(", ", _items.Order(StringComparer.Ordinal).Select(i => $"'{i}'"));
        throw new ArgumentException($"'{UrlEncoding.ToPythonString(value)}' is not one of {valid}");
    }
}
