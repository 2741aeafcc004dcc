namespace Carafe.Forms.Validators;

/// <summary>Flask-WTF's <c>FileRequired</c>: a file with a name must have been uploaded, else <c>This field is required.</c>. Sets <c>required</c>.</summary>
public sealed class FileRequiredAttribute : DataRequiredAttribute
{
    /// <inheritdoc/>
    public override void Validate(Form form, Field field)
    {
        if (UploadedFiles.Of(field).Count == 0)
        {
            throw new StopValidationException(MessageOr("This field is required."));
        }
    }
}
