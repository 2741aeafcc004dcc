using Carafe.Http;
using Carafe.Json;

namespace Carafe.StaticFiles;

/// <summary>
/// The validators Werkzeug's <c>send_file</c> gives a file: the <c>ETag</c>
/// <c>"{mtime}-{size}-{adler32(path)}"</c> (the modification time as Python's float
/// <c>st_mtime</c>, the Adler-32 checksum of the file's full path in UTF-8) and the
/// <c>Last-Modified</c> time.
/// </summary>
internal static class StaticFileETag
{
    /// <summary>The quoted ETag header value, e.g. <c>"1700000000.1234567-130-2515406153"</c>.</summary>
    public static string For(DateTimeOffset lastModified, long size, string path)
    {
        // os.stat's st_mtime: whole seconds plus nanoseconds * 1e-9, in a double.
        var ticks = lastModified.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        if (remainder < 0)
        {
            seconds--;
            remainder += TimeSpan.TicksPerSecond;
        }
        var mtime = seconds + remainder * 100 * 1e-9;
        return $"\"{PythonFloat.Repr(mtime)}-{size}-{Adler32(System.Text.Encoding.UTF8.GetBytes(path))}\"";
    }

    /// <summary>
    /// The instant <c>Last-Modified</c> states for a file modified at <paramref name="lastModified"/>:
    /// Python rounds the time to microseconds before dropping the fraction, so 0.9999999 s is the next second.
    /// </summary>
    public static DateTimeOffset LastModified(DateTimeOffset lastModified)
    {
        var microseconds = Math.Round(lastModified.UtcTicks / 10m, MidpointRounding.ToEven);
        var ticks = (long)microseconds * 10;
        return new DateTimeOffset(ticks - ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        uint a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % Modulus;
            b = (b + a) % Modulus;
        }
        return (b << 16) | a;
    }
}
