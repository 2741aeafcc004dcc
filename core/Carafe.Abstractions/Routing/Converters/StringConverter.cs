namespace Carafe.Routing;

/// <summary>
/// The default converter: any text without a slash, optionally limited in length:
/// <c>&lt;string(length=3):code&gt;</c>, <c>&lt;string(minlength=2, maxlength=4):name&gt;</c>.
/// </summary>
internal sealed class StringConverter : RouteConverter
{
    public StringConverter(ConverterArguments arguments)
    {
        arguments.ExpectOnly("string", "minlength", "maxlength", "length");
        var minLength = arguments.Get(0, "minlength", 1);
        var maxLength = arguments.Get<int?>(1, "maxlength", null);
        var length = arguments.Get<int?>(2, "length", null);
        Regex = length is { } exact ? $"[^/]{{{exact}}}" : $"[^/]{{{minLength},{maxLength}}}";
    }

    public override string Regex { get; }

    public override bool TryToValue(string text, out object? value)
    {
        value = text;
        return true;
    }
}
