using Carafe.Http;
using Carafe.StaticFiles;

namespace Carafe.Views;

/// <summary>
/// Sends files as Flask's <c>send_file</c> and <c>send_from_directory</c> do: content type
/// from the name, <c>Content-Disposition</c>, ETag and Last-Modified, conditional requests
/// (304), single byte ranges (206, 416) and <c>SEND_FILE_MAX_AGE_DEFAULT</c>. The body is
/// streamed from disk.
/// </summary>
internal static class StaticFileSender
{
    public static Response SendFromDirectory(string directory, string filename, Request request, Config config)
    {
        var path = SafeJoin(directory, filename) ?? throw new HttpException(404);
        if (!File.Exists(path))
        {
            throw new HttpException(404);
        }
        return SendFile(path, request, config);
    }

    public static Response SendFile(string path, Request request, Config config, string? mimetype = null, bool asAttachment = false, string? downloadName = null)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new HttpException(404);
        }
        var name = downloadName ?? file.Name;
        var response = new Response([], mimetype: mimetype ?? MimeTypes.FromFileName(name) ?? "application/octet-stream");
        response.Headers["Content-Disposition"] = ContentDisposition.Format(name, asAttachment);
        var maxAge = config.Get<TimeSpan?>("SEND_FILE_MAX_AGE_DEFAULT", null);
        response.Headers["Cache-Control"] = maxAge is { TotalSeconds: > 0 } age ? $"public, max-age={(long)age.TotalSeconds}" : "no-cache";
        var lastModified = StaticFileETag.LastModified(new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
        var etag = StaticFileETag.For(lastModified, file.Length, file.FullName);
        response.Headers["ETag"] = etag;
        response.Headers["Last-Modified"] = HttpDate.Format(lastModified);
        var headers = request.Headers;
        var conditions = new ConditionalHeaders(headers["If-None-Match"], headers["If-Modified-Since"], headers["If-Match"], headers["If-Range"], headers["Range"]);
        var outcome = Conditional.Evaluate(request.Method, conditions, etag, lastModified, file.Length);
        switch (outcome.StatusCode)
        {
            case 304:
                // A 304 carries the validators and caching headers but no entity headers, as Werkzeug's.
                response.StatusCode = 304;
                response.Headers.Remove("Content-Type");
                response.Headers.Remove("Last-Modified");
                return response;
            case 412:
                return new Response(ErrorPages.Html(412), 412);
            case 416:
                var refused = new Response(ErrorPages.Html(416), 416);
                refused.Headers["Content-Range"] = ByteRange.Unsatisfiable(file.Length);
                return refused;
        }
        var stream = file.OpenRead();
        if (outcome is { StatusCode: 206, Range: { } range })
        {
            response.StatusCode = 206;
            response.Headers["Accept-Ranges"] = "bytes";
            response.Headers["Content-Range"] = range.ContentRange(file.Length);
            response.Headers["Content-Length"] = range.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
            stream.Seek(range.Start, SeekOrigin.Begin);
            return response.StreamFrom(new LimitedStream(stream, range.Length));
        }
        response.Headers["Content-Length"] = file.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return response.StreamFrom(stream);
    }

    /// <summary>
    /// Joins an untrusted relative name onto a directory as Werkzeug's <c>safe_join</c>: null when
    /// the name is absolute or climbs out with <c>..</c>.
    /// </summary>
    internal static string? SafeJoin(string directory, string filename)
    {
        var parts = new List<string>();
        foreach (var part in filename.Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }
            if (part == "..")
            {
                return null;
            }
            parts.Add(part);
        }
        if (filename.StartsWith('/') || parts.Count == 0)
        {
            return null;
        }
        return Path.Combine([directory, .. parts]);
    }

    /// <summary>Reads at most a given number of bytes from a stream, for ranges.</summary>
    private sealed class LimitedStream(Stream inner, long length) : Stream
    {
        private readonly long _length = length;
        private long _remaining = length;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => _length;
        public override long Position { get => _length - _remaining; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, (int)Math.Min(count, _remaining));
            _remaining -= read;
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer[..(int)Math.Min(buffer.Length, _remaining)], cancellationToken);
            _remaining -= read;
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
