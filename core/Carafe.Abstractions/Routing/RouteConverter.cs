namespace Carafe.Routing;

/// <summary>
/// Turns one variable part of a URL rule (<c>&lt;int:post_id&gt;</c>) into a value when
/// matching, and a value back into URL text when building, as Werkzeug's <c>BaseConverter</c>.
/// Register custom converters by name in a <see cref="ConverterRegistry"/>.
/// </summary>
public abstract class RouteConverter
{
    /// <summary>
    /// A .NET regular expression for what one value may look like in the URL (default
    /// <c>[^/]+</c>: one path segment). It is matched against the whole segment, or the
    /// whole rest of the path when <see cref="PartIsolating"/> is false.
    /// </summary>
    public virtual string Regex => "[^/]+";

    /// <summary>
    /// Orders dynamic parts when several could match: lower weights are tried first
    /// (numbers 50, strings 100, paths 200).
    /// </summary>
    public virtual int Weight => 100;

    /// <summary>False for converters whose values may contain <c>/</c> (like <c>path</c>).</summary>
    public virtual bool PartIsolating => true;

    /// <summary>
    /// Converts the matched URL text (already percent-decoded) to the value given to the view.
    /// Returning false makes the request a 404, as Werkzeug's <c>ValidationError</c>.
    /// </summary>
    public abstract bool TryToValue(string text, out object? value);

    /// <summary>
    /// Writes a value into a URL being built. The default is Python's <c>str()</c> of the
    /// value, percent-encoded with <c>/</c> and <c>+</c> kept (<c>a b/c</c> → <c>a%20b/c</c>).
    /// Throws <see cref="ArgumentException"/> for a value the converter cannot write.
    /// </summary>
    public virtual string ToUrl(object? value) => UrlEncoding.Quote(UrlEncoding.ToPythonString(value));
}
