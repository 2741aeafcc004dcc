namespace Carafe.Forms.Validators;

/// <summary>The files a file field holds: one, several, or none.</summary>
internal static class UploadedFiles
{
    public static IReadOnlyList<FileStorage> Of(Field field) => field.Data switch
    {
        FileStorage file when file.Filename.Length > 0 => [file],
        IEnumerable<FileStorage> files => files.Where(f => f.Filename.Length > 0).ToList(),
        _ => [],
    };
}
