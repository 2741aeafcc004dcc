namespace Carafe.Forms.Validators;

/// <summary>Flask-WTF's <c>FileSize</c>: each file must hold between <see cref="MinSize"/> and <see cref="MaxSize"/> bytes.</summary>
public sealed class FileSizeAttribute : FieldValidatorAttribute
{
    /// <summary>Allows files of at most <paramref name="maxSize"/> bytes.</summary>
    public FileSizeAttribute(long maxSize) => MaxSize = maxSize;

    /// <summary>The largest size allowed, in bytes.</summary>
    public long MaxSize { get; }

    /// <summary>The smallest size allowed, in bytes; 0 by default.</summary>
    public long MinSize { get; set; }

    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        foreach (var file in UploadedFiles.Of(field))
        {
            if (file.Length < MinSize || file.Length > MaxSize)
            {
                throw new FieldValidationException(Message ?? $"File must be between {MinSize} and {MaxSize} bytes.");
            }
        }
    }
}
