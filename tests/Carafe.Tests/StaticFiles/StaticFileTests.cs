using Carafe.Http;
using Carafe.StaticFiles;

namespace Carafe.Tests.StaticFiles;

public class StaticFileTests
{
    private const string ETag = "\"1700000000.1234567-130-156307013\"";
    private static readonly DateTimeOffset LastModified = DateTimeOffset.UnixEpoch.AddTicks(17000000001234567L);

    [Fact]
    public void The_etag_is_mtime_size_and_adler32_of_the_path()
    {
        Assert.Equal(ETag, StaticFileETag.For(LastModified, 130, "/tmp/carafe-static-fixtures/style.css"));
    }

    [Theory]
    [InlineData("bytes=0-9", 0, 10, "bytes 0-9/130")]
    [InlineData("bytes=-5", 125, 130, "bytes 125-129/130")]
    [InlineData("bytes=120-200", 120, 130, "bytes 120-129/130")]
    public void Single_ranges_follow_the_reference(string header, long start, long end, string contentRange)
    {
        var range = ByteRange.Parse(header, 130);

        Assert.Equal(new ByteRange(start, end), range);
        Assert.Equal(contentRange, range!.Value.ContentRange(130));
        Assert.Equal(end - start, range.Value.Length);
    }

    [Theory]
    [InlineData("bytes=200-")]
    [InlineData("bytes=0-9,20-29")]
    [InlineData("bytes=-500")]
    [InlineData("garbage")]
    public void Unsatisfiable_ranges_are_416_with_a_star_content_range(string header)
    {
        Assert.Null(ByteRange.Parse(header, 130));
        Assert.Equal(new ConditionalResult(416), Conditional.Evaluate("GET", new(Range: header), ETag, LastModified, 130));
        Assert.Equal("bytes */130", ByteRange.Unsatisfiable(130));
    }

    [Fact]
    public void Matching_validators_give_304_and_others_200()
    {
        var lastModifiedHeader = HttpDate.Format(LastModified);

        Assert.Equal(304, Conditional.Evaluate("GET", new(IfNoneMatch: ETag), ETag, LastModified, 130).StatusCode);
        Assert.Equal(304, Conditional.Evaluate("GET", new(IfNoneMatch: "*"), ETag, LastModified, 130).StatusCode);
        Assert.Equal(304, Conditional.Evaluate("GET", new(IfModifiedSince: lastModifiedHeader), ETag, LastModified, 130).StatusCode);
        Assert.Equal(200, Conditional.Evaluate("GET", new(IfNoneMatch: "\"no-such-etag\""), ETag, LastModified, 130).StatusCode);
        Assert.Equal(200, Conditional.Evaluate("GET", new(IfModifiedSince: "Thu, 01 Jan 1970 00:00:00 GMT"), ETag, LastModified, 130).StatusCode);
        Assert.Equal(200, Conditional.Evaluate("GET", new(), ETag, LastModified, 130).StatusCode);
    }

    [Fact]
    public void Empty_files_are_never_served_by_range()
    {
        Assert.Equal(new ConditionalResult(200), Conditional.Evaluate("GET", new(Range: "bytes=0-9"), ETag, LastModified, 0));
    }

    [Theory]
    [MemberData(nameof(StaticFileFixtures.ETags), MemberType = typeof(StaticFileFixtures))]
    public void ETags_and_last_modified_match_werkzeug(long ticksSinceEpoch, long size, string path, string etag, string lastModified)
    {
        var mtime = DateTimeOffset.UnixEpoch.AddTicks(ticksSinceEpoch);

        Assert.Equal(etag, StaticFileETag.For(mtime, size, path));
        Assert.Equal(lastModified, HttpDate.Format(StaticFileETag.LastModified(mtime)));
    }

    [Theory]
    [MemberData(nameof(StaticFileFixtures.Requests), MemberType = typeof(StaticFileFixtures))]
    public void Requests_match_werkzeugs_send_file(string method, string? ifNoneMatch, string? ifModifiedSince, string? ifMatch, string? ifRange, string? range, int status, string? contentRange)
    {
        var result = Conditional.Evaluate(method, new(ifNoneMatch, ifModifiedSince, ifMatch, ifRange, range), ETag, LastModified, 130);

        Assert.Equal(status, result.StatusCode);
        var actualContentRange = result.StatusCode switch
        {
            206 => result.Range!.Value.ContentRange(130),
            416 => ByteRange.Unsatisfiable(130),
            _ => null,
        };
        Assert.Equal(contentRange, actualContentRange);
    }
}
