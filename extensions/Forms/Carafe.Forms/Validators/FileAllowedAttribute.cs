namespace Carafe.Forms.Validators;

/// <summary>
/// Flask-WTF's <c>FileAllowed</c>: each file's name must end in one of the extensions, else
/// <c>File does not have an approved extension: jpg, png</c>. The browser is told with <c>accept</c>.
/// </summary>
public sealed class FileAllowedAttribute : FieldValidatorAttribute
{
    /// <summary>Allows names ending in <paramref name="extensions"/>, given without dots and in lower case (<c>"jpg"</c>).</summary>
    public FileAllowedAttribute(params string[] extensions) => Extensions = extensions;

    /// <summary>The extensions allowed.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <inheritdoc/>
    public override IEnumerable<KeyValuePair<string, object>> FieldFlags => [new("accept", string.Join(",", Extensions.Select(e => "." + e)))];

    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        foreach (var file in UploadedFiles.Of(field))
        {
            var name = file.Filename.ToLowerInvariant();
            if (!Extensions.Any(extension => name.EndsWith("." + extension, StringComparison.Ordinal)))
            {
                throw new StopValidationException(Message ?? $"File does not have an approved extension: {string.Join(", ", Extensions)}");
            }
        }
    }
}
