using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Carafe.Pipeline;

/// <summary>
/// Reads a <c>multipart/form-data</c> body as a stream, part by part, as Werkzeug's form parser:
/// a part with a <c>filename</c> (even an empty one) is a file, the rest are fields. Files over
/// 64 KiB are spooled to a temporary file deleted when the request ends, never held in memory.
/// A body that is not valid multipart gives no fields and no files.
/// </summary>
internal static class MultipartFormReader
{
    private const int MemoryThreshold = 64 * 1024;

    public static async Task ReadAsync(HttpContext http, string contentType, MultiDict<string> form, MultiDict<FileStorage> files, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return;
        }
        var fields = new List<(string, string)>();
        var parts = new List<(string, FileStorage)>();
        try
        {
            var reader = new MultipartReader(boundary, http.Request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (disposition.FileName.HasValue || disposition.FileNameStar.HasValue)
                {
                    var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                    var content = await SpoolAsync(http, section.Body, cancellationToken);
                    parts.Add((name, new SpooledFile(name, fileName, section.ContentType ?? "", content)));
                }
                else
                {
                    using var text = new StreamReader(section.Body);
                    fields.Add((name, await text.ReadToEndAsync(cancellationToken)));
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return;
        }
        foreach (var (name, value) in fields)
        {
            form.Add(name, value);
        }
        foreach (var (name, file) in parts)
        {
            files.Add(name, file);
        }
    }

    private static async Task<Stream> SpoolAsync(HttpContext http, Stream body, CancellationToken cancellationToken)
    {
        var memory = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > MemoryThreshold)
            {
                var path = Path.GetTempFileName();
                var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 4096, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
                http.Response.RegisterForDisposeAsync(file);
                memory.Position = 0;
                await memory.CopyToAsync(file, cancellationToken);
                await body.CopyToAsync(file, cancellationToken);
                return file;
            }
        }
        return memory;
    }

    private sealed class SpooledFile(string name, string filename, string contentType, Stream content) : FileStorage
    {
        public override string Name => name;

        public override string Filename => filename;

        public override string ContentType => contentType;

        public override long Length => content.Length;

        /// <summary>A fresh read-only view from the start each time, so the file can be read more than once.</summary>
        public override Stream OpenReadStream() => content switch
        {
            MemoryStream memory => new MemoryStream(memory.GetBuffer(), 0, (int)memory.Length, writable: false),
            FileStream file => new FileStream(file.Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete),
            _ => throw new InvalidOperationException("Unexpected spool stream."),
        };
    }
}
