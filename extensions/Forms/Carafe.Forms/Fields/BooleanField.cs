using Carafe.Forms.Widgets;

namespace Carafe.Forms.Fields;

/// <summary>WTForms' <c>BooleanField</c> (a checkbox) and <c>SubmitField</c>: true unless absent, <c>false</c> or empty.</summary>
internal sealed class BooleanField(FieldDefinition definition, string prefix, string typeName, Widget widget, string? id = null, string? name = null)
    : Field(definition, prefix, typeName, widget, id, name)
{
    private static readonly string[] FalseValues = ["false", ""];

    private protected override void ProcessData(object? value) => Data = PythonTruth.IsTrue(value);

    private protected override void ProcessFormData(IReadOnlyList<object> values) =>
        Data = values.Count > 0 && !(values[0] is string text && FalseValues.Contains(text));

    internal override string Value() => RawData.Count > 0 ? HtmlParams.Str(RawData[0]) : "y";
}
