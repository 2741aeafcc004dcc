namespace Carafe.Ajax;

/// <summary>
/// One command of Sijax's wire protocol: its fields in Sijax's order, then <c>type</c>, as
/// <c>{"selector":"#x","html":"Hi","setType":"replace","type":"html"}</c>.
/// </summary>
internal sealed record AjaxCommand(string Type, IReadOnlyList<KeyValuePair<string, object?>> Fields)
{
    public static AjaxCommand Of(string type, params (string Key, object? Value)[] fields) =>
        new(type, [.. fields.Select(field => KeyValuePair.Create(field.Key, field.Value))]);
}
