namespace Carafe.StaticFiles;

/// <summary>
/// One satisfiable byte range of a file, from <see cref="Start"/> to <see cref="End"/> (exclusive),
/// as Werkzeug 2.2 serves it: only single ranges, and only within the file.
/// </summary>
internal readonly record struct ByteRange(long Start, long End)
{
    // What Python's str.strip() removes from the Latin-1 text a WSGI server makes of the header's
    // bytes; other Unicode spaces arrive there as several non-space characters.
    private static readonly char[] HeaderWhitespace = " \t\n\v\f\r\u001c\u001d\u001e\u001f".ToCharArray();

    /// <summary>The number of bytes in the range (the 206 response's <c>Content-Length</c>).</summary>
    public long Length => End - Start;

    /// <summary>The <c>Content-Range</c> of a 206 response: <c>bytes 0-9/130</c>.</summary>
    public string ContentRange(long completeLength) => $"bytes {Start}-{End - 1}/{completeLength}";

    /// <summary>The <c>Content-Range</c> of a 416 response: <c>bytes */130</c>.</summary>
    public static string Unsatisfiable(long completeLength) => $"bytes */{completeLength}";

    /// <summary>
    /// The range a <c>Range</c> header asks of a file of <paramref name="length"/> bytes, or null
    /// when Werkzeug would answer 416: a malformed header, a unit other than bytes, several ranges,
    /// a start at or past the end, or a suffix longer than the file (<c>bytes=-500</c> of 130 bytes).
    /// An end past the file is cut to it; <c>bytes=-5</c> is the last five bytes.
    /// </summary>
    public static ByteRange? Parse(string? rangeHeader, long length)
    {
        if (string.IsNullOrEmpty(rangeHeader) || !rangeHeader.Contains('='))
        {
            return null;
        }
        var equals = rangeHeader.IndexOf('=');
        var units = rangeHeader[..equals].Trim(HeaderWhitespace).ToLowerInvariant();
        var ranges = new List<(long Start, long? End)>();
        var lastEnd = 0L;
        foreach (var part in rangeHeader[(equals + 1)..].Split(','))
        {
            var item = part.Trim(HeaderWhitespace);
            if (!item.Contains('-'))
            {
                return null;
            }
            if (item.StartsWith('-'))
            {
                if (lastEnd < 0 || !PythonInt.TryParseHeaderValue(item, out var suffix))
                {
                    return null;
                }
                ranges.Add((suffix, null));
                lastEnd = -1;
                continue;
            }
            var dash = item.IndexOf('-');
            if (!PythonInt.TryParseHeaderValue(item[..dash].Trim(HeaderWhitespace), out var begin) || begin < lastEnd || lastEnd < 0)
            {
                return null;
            }
            long? end = null;
            var endText = item[(dash + 1)..].Trim(HeaderWhitespace);
            if (endText.Length > 0)
            {
                if (!PythonInt.TryParseHeaderValue(endText, out var last) || begin >= last + 1)
                {
                    return null;
                }
                end = last + 1;
            }
            ranges.Add((begin, end));
            lastEnd = end ?? -1;
        }

        if (units != "bytes" || ranges.Count != 1)
        {
            return null;
        }
        var (start, stop) = ranges[0];
        if (stop is null && start < 0)
        {
            start += length;
        }
        var exclusiveEnd = stop ?? length;
        return start >= exclusiveEnd || start < 0 || start >= length ? null : new ByteRange(start, Math.Min(exclusiveEnd, length));
    }
}
