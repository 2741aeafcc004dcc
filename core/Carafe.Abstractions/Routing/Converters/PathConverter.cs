namespace Carafe.Routing;

/// <summary>Like the default converter but also matches slashes: <c>&lt;path:subpath&gt;</c>.</summary>
internal sealed class PathConverter : RouteConverter
{
    public PathConverter(ConverterArguments arguments)
    {
        arguments.ExpectOnly("path");
    }

    public override string Regex => "[^/].*?";

    public override int Weight => 200;

    public override bool PartIsolating => false;

    public override bool TryToValue(string text, out object? value)
    {
        value = text;
        return true;
    }
}
