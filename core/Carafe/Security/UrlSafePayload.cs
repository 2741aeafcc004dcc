using System.Buffers.Text;
using System.IO.Compression;

namespace Carafe.Security;

/// <summary>
/// itsdangerous' URL-safe payload: the JSON bytes, zlib-compressed and prefixed with <c>.</c> when
/// that is shorter, as base64url without padding.
/// </summary>
internal static class UrlSafePayload
{
    // A signed value is at most a few kilobytes, so this only stops a crafted zlib bomb.
    private const int MaxDecompressedBytes = 1 << 20;

    public static string Encode(byte[] json)
    {
        var compressed = Compress(json);
        return compressed.Length < json.Length - 1
            ? "." + Base64Url.EncodeToString(compressed)
            : Base64Url.EncodeToString(json);
    }

    /// <exception cref="FormatException">Not base64url.</exception>
    /// <exception cref="InvalidDataException">Not zlib, or larger than a megabyte once decompressed.</exception>
    public static byte[] Decode(string payload) =>
        payload.StartsWith('.')
            ? Decompress(Base64Url.DecodeFromChars(payload.AsSpan(1)))
            : Base64Url.DecodeFromChars(payload);

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }
        return output.ToArray();
    }

    private static byte[] Decompress(byte[] data)
    {
        using var zlib = new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = zlib.Read(buffer)) > 0)
        {
            if (output.Length + read > MaxDecompressedBytes)
            {
                throw new InvalidDataException("The payload is larger than a megabyte once decompressed.");
            }
            output.Write(buffer, 0, read);
        }
        return output.ToArray();
    }
}
