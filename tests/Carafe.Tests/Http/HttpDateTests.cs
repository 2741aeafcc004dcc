using Carafe.Http;

namespace Carafe.Tests.Http;

public class HttpDateTests
{
    [Fact]
    public void Formats_in_gmt_without_fractions()
    {
        Assert.Equal("Wed, 02 Jan 2030 03:04:05 GMT", HttpDate.Format(new DateTimeOffset(2030, 1, 2, 4, 4, 5, 999, TimeSpan.FromHours(1))));
        Assert.Equal("Thu, 02 Jan 2020 00:00:00 GMT", HttpDate.Format(new DateTime(2020, 1, 2)));
    }

    [Fact]
    public void Parses_the_three_http_forms()
    {
        var expected = new DateTimeOffset(1994, 11, 6, 8, 49, 37, TimeSpan.Zero);
        foreach (var text in new[] { "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994" })
        {
            Assert.True(HttpDate.TryParse(text, out var date), text);
            Assert.Equal(expected, date);
        }
        Assert.False(HttpDate.TryParse(null, out _));
        Assert.False(HttpDate.TryParse("yesterday", out _));
    }

    [Theory]
    [MemberData(nameof(HttpDateFixtures.Formats), MemberType = typeof(HttpDateFixtures))]
    public void Formatting_matches_werkzeug(long unixSeconds, string expected)
    {
        Assert.Equal(expected, HttpDate.Format(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Theory]
    [MemberData(nameof(HttpDateFixtures.Parses), MemberType = typeof(HttpDateFixtures))]
    public void Parsing_matches_werkzeug(string text, string? expectedUtc)
    {
        var parsed = HttpDate.TryParse(text, out var date);

        Assert.Equal(expectedUtc, parsed ? date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) : null);
    }
}
