using System.Buffers.Text;
using System.IO.Compression;
using Carafe.Security;

namespace Carafe.Tests.Security;

public class UrlSafePayloadTests
{
    private static string Compressed(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }
        return "." + Base64Url.EncodeToString(output.ToArray());
    }

    [Fact]
    public void Short_json_stays_plain_and_long_json_is_compressed()
    {
        Assert.Equal("eyJhIjoxfQ", UrlSafePayload.Encode("{\"a\":1}"u8.ToArray()));
        var longJson = System.Text.Encoding.ASCII.GetBytes("[" + string.Join(",", Enumerable.Repeat("1", 200)) + "]");
        Assert.StartsWith(".", UrlSafePayload.Encode(longJson));
        Assert.Equal(longJson, UrlSafePayload.Decode(UrlSafePayload.Encode(longJson)));
    }

    [Fact]
    public void A_payload_inflating_past_a_megabyte_is_refused()
    {
        Assert.Equal(1 << 20, UrlSafePayload.Decode(Compressed(new byte[1 << 20])).Length);

        var error = Assert.Throws<InvalidDataException>(() => UrlSafePayload.Decode(Compressed(new byte[(1 << 20) + 1])));
        Assert.Equal("The payload is larger than a megabyte once decompressed.", error.Message);
    }

    [Theory]
    [InlineData(".!!!")]
    [InlineData("!!!")]
    public void Bad_base64_is_a_format_error(string payload)
    {
        Assert.Throws<FormatException>(() => UrlSafePayload.Decode(payload));
    }

    [Fact]
    public void Bad_zlib_is_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => UrlSafePayload.Decode("." + Base64Url.EncodeToString("not zlib"u8)));
    }
}
