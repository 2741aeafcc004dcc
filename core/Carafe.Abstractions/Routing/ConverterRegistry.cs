namespace Carafe.Routing;

/// <summary>
/// The converters rules may name, as Werkzeug's <c>Map.converters</c>: <c>default</c> and
/// <c>string</c>, <c>int</c>, <c>float</c>, <c>path</c>, <c>uuid</c> and <c>any</c> are
/// registered from the start; apps and extensions add their own.
/// </summary>
public sealed class ConverterRegistry
{
    private readonly Dictionary<string, RouteConverterFactory> _factories = new(StringComparer.Ordinal)
    {
        ["default"] = arguments => new StringConverter(arguments),
        ["string"] = arguments => new StringConverter(arguments),
        ["int"] = arguments => new IntegerConverter(arguments),
        ["float"] = arguments => new FloatConverter(arguments),
        ["path"] = arguments => new PathConverter(arguments),
        ["uuid"] = arguments => new UuidConverter(arguments),
        ["any"] = arguments => new AnyConverter(arguments),
    };

    /// <summary>A registry holding the default converters.</summary>
    public static ConverterRegistry CreateDefault() => new();

    /// <summary>The registered names.</summary>
    public IEnumerable<string> Names => _factories.Keys;

    /// <summary>
    /// Registers <paramref name="factory"/> under <paramref name="name"/> (a Python-style
    /// identifier), replacing any converter of that name, so rules can say
    /// <c>&lt;name:variable&gt;</c>.
    /// </summary>
    public void Add(string name, RouteConverterFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (!IsIdentifier(name))
        {
            throw new ArgumentException($"'{name}' is not a valid converter name: use letters, digits and '_', not starting with a digit.", nameof(name));
        }
        _factories[name] = factory;
    }

    /// <summary>Removes the converter named <paramref name="name"/>, when the extension that added it is hot-reloaded.</summary>
    internal void Remove(string name) => _factories.Remove(name);

    /// <summary>Finds the factory registered under <paramref name="name"/>.</summary>
    public bool TryGet(string name, out RouteConverterFactory factory) =>
        _factories.TryGetValue(name, out factory!);

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
