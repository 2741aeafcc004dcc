using Carafe.Forms.Widgets;

namespace Carafe.Forms.Fields;

/// <summary>
/// Flask-WTF's <c>FileField</c> and <c>MultipleFileField</c>: the uploaded file (or files) with a file name;
/// an empty file input counts as no input at all.
/// </summary>
internal sealed class FileField(FieldDefinition definition, string prefix, string? id = null, string? name = null)
    : Field(definition, prefix, definition.Kind == FieldKind.MultipleFile ? "MultipleFileField" : "FileField",
        new FileInput(definition.Kind == FieldKind.MultipleFile), id, name)
{
    private protected override void ProcessFormData(IReadOnlyList<object> values)
    {
        var files = values.OfType<FileStorage>().Where(f => f.Filename.Length > 0).ToList();
        if (files.Count == 0)
        {
            RawData = [];
        }
        else if (Definition.Kind == FieldKind.MultipleFile)
        {
            Data = files;
        }
        else
        {
            Data = files[0];
        }
    }

    internal override object? PropertyValue() => Data;
}
