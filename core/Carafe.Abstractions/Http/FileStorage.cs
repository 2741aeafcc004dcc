namespace Carafe;

/// <summary>
/// A file uploaded with a multipart form, as Werkzeug's <c>FileStorage</c>. Large files are
/// spooled to disk by the framework, never held in memory whole.
/// </summary>
public abstract class FileStorage
{
    /// <summary>The form field the file came in.</summary>
    public abstract string Name { get; }

    /// <summary>The file name the client sent, unsanitised: pass it through <c>SecureFilename</c> before using it in a path.</summary>
    public abstract string Filename { get; }

    /// <summary>The part's Content-Type, or an empty string when it had none.</summary>
    public abstract string ContentType { get; }

    /// <summary>The file's length in bytes.</summary>
    public abstract long Length { get; }

    /// <summary>Opens the file's content for reading.</summary>
    public abstract Stream OpenReadStream();

    /// <summary>Copies the file to <paramref name="path"/>, replacing any file there.</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var source = OpenReadStream();
        await using var target = File.Create(path);
        await source.CopyToAsync(target, cancellationToken);
    }

    /// <summary>Copies the file to <paramref name="path"/>, replacing any file there.</summary>
    public void Save(string path)
    {
        using var source = OpenReadStream();
        using var target = File.Create(path);
        source.CopyTo(target);
    }
}
