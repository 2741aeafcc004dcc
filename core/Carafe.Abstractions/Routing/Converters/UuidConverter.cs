namespace Carafe.Routing;

/// <summary>UUIDs in their dashed form, either case, as <see cref="Guid"/>: <c>&lt;uuid:id&gt;</c>.</summary>
internal sealed class UuidConverter : RouteConverter
{
    public UuidConverter(ConverterArguments arguments)
    {
        arguments.ExpectOnly("uuid");
    }

    public override string Regex =>
        "[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}";

    public override bool TryToValue(string text, out object? value)
    {
        var parsed = Guid.TryParseExact(text, "D", out var guid);
        value = parsed ? guid : null;
        return parsed;
    }

    // Werkzeug writes str(value) as is: a GUID's text needs no quoting.
    public override string ToUrl(object? value) => UrlEncoding.ToPythonString(value);
}
